package io.pmi.platform.i18n;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"zh-CN", "en"})
@Schema(description = "Editable bilingual text, a map by locale (zh-CN first). A name per locale: zh-CN required, en optional; up to 200 characters each.")
public record LocalizedName(
        @JsonProperty("zh-CN") @NotBlank @Size(min = 1, max = 200)
        @Schema(required = true, maxLength = 200, example = "项目协作") String zhCn,
        @JsonProperty("en") @Size(max = 200)
        @Schema(maxLength = 200, example = "Project collaboration") String en) {
}
