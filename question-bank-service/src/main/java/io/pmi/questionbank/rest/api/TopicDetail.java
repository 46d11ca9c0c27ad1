package io.pmi.questionbank.rest.api;

import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TopicDetail", description = "A topic with its text in every locale, as edited.")
public record TopicDetail(
        @Schema(description = "Opaque id.", example = "5b0f1c9e-4f4e-4a8e-9a57-1f0f3f9d2c11") String id,
        @Schema(description = "The code of its dimension.", example = "COLLABORATION") String dimension,
        @Schema(description = "Stable code.", example = "PROJECTS") String code,
        LocalizedName name,
        LocalizedDescription description,
        @Schema(description = "Position within the dimension.", example = "3") int position,
        @Schema(type = SchemaType.STRING, enumeration = {"library", "tenant"}, example = "tenant") String source,
        @Schema(description = "Version, also sent as the ETag.", example = "0") long version) {
}
