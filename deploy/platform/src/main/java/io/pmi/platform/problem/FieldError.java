package io.pmi.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input.
 *
 * @param in      where it was: {@code body}, {@code query}, {@code path}, {@code header}, or {@code resource}, the
 *                stored resource the request acts on
 * @param path    the JSON path in the body ({@code options[0].label.en}) or the parameter's name
 * @param code    a stable machine-readable reason, e.g. {@code required}, {@code unknown-field}, {@code invalid-type}
 * @param message an English explanation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String in, String path, String code, String message) {

    public static FieldError body(String path, String code, String message) {
        return new FieldError("body", path, code, message);
    }
}
