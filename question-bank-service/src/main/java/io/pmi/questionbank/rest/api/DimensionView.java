package io.pmi.questionbank.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Dimension", description = "A dimension (维度) of the interview with its topics, in the negotiated language.")
public record DimensionView(
        @Schema(description = "Stable code; new dimensions may be added.", example = "FEEDBACK") String code,
        @Schema(description = "Name in the negotiated language.", example = "反馈机制") String name,
        @Schema(description = "What the dimension covers, in the negotiated language.") String description,
        @Schema(description = "Whether every published guide must cover it (GOALS, INDICATORS, FEEDBACK, INCENTIVES).",
                example = "true") boolean core,
        @Schema(description = "Position in the interview, from 1.", example = "3") int position,
        @Schema(description = "Its topics, in interview order.") List<TopicView> topics) {
}
