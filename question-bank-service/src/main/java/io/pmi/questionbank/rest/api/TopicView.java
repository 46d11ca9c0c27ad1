package io.pmi.questionbank.rest.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Topic", description = "A topic (子主题) of a dimension, in the negotiated language.")
public record TopicView(
        @Schema(description = "Opaque id.", example = "topic.frequency-mode") String id,
        @Schema(description = "Stable code.", example = "FREQUENCY_MODE") String code,
        @Schema(description = "Name in the negotiated language.", example = "反馈频率与方式") String name,
        @Schema(description = "What the topic covers, in the negotiated language.") String description,
        @Schema(description = "library: built in; tenant: added by your organisation.", type = SchemaType.STRING,
                enumeration = {"library", "tenant"}, example = "library") String source) {
}
