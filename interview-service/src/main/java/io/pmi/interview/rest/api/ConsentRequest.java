package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonIgnoreProperties(value = {"textVersion", "textHash", "consentedAt", "withdrawnAt", "withdrawalReason", "version"})
@Schema(name = "ConsentRequest", description = "The interviewee agreed to the opening script in this language.")
public record ConsentRequest(
        @NotNull @Pattern(regexp = "zh-CN|en") @Schema(required = true, enumeration = {"zh-CN", "en"}) String locale,
        @NotNull @AssertTrue(message = "must be true: without consent the interview does not go on")
        @Schema(required = true, description = "Must be true.") Boolean agreed) {
}
