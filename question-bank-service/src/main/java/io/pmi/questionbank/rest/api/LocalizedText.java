package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"zh-CN", "en"})
@Schema(description = "A question text or probe, a map by locale (zh-CN first): zh-CN required, en optional; up to "
        + "500 characters each. Any other locale is rejected.")
public record LocalizedText(
        @JsonProperty("zh-CN") @NotBlank @Size(min = 1, max = 500)
        @Schema(required = true, maxLength = 500, example = "你多久和上级正式沟通一次绩效?") String zhCn,
        @JsonProperty("en") @Size(max = 500)
        @Schema(maxLength = 500, example = "How often do you have a formal performance conversation with your supervisor?")
        String en) {
}
