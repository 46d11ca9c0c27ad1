package io.pmi.platform.problem;

import jakarta.validation.Payload;

/**
 * Marks a constraint that checks a value against a closed list, a {@code @Pattern} of alternatives say, so that it
 * is reported like a value outside an enum: code {@code invalid-value}, with a message "must be one of [...]".
 * <pre>{@code @Pattern(regexp = "zh-CN|en", message = "must be one of [zh-CN, en]", payload = InvalidValue.class)}</pre>
 */
public interface InvalidValue extends Payload {
}
