package io.pmi.platform.i18n;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"zh-CN", "en"})
@Schema(description = "Editable bilingual text, a map by locale (zh-CN first). A text per locale: zh-CN required, en optional; up to 2000 characters each.")
public record LocalizedDescription(
        @JsonProperty("zh-CN") @NotBlank @Size(min = 1, max = 2000)
        @Schema(required = true, maxLength = 2000, example = "项目制工作中与其他部门的配合情况。") String zhCn,
        @JsonProperty("en") @Size(max = 2000)
        @Schema(maxLength = 2000, example = "How work with other departments goes in projects.") String en) {
}
