package io.pmi.interview.rest.api;

import io.pmi.interview.domain.ChainEnd;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ManagerChain", description = "A participant's managers upward, as far as the HRIS data goes, and why "
        + "it ends there. At most 50 managers.")
public record ManagerChainView(
        @Schema(description = "The participant whose chain this is.", example = "E1002") String externalId,
        @Schema(description = "From the direct manager upward.") List<ChainLinkView> managers,
        @Schema(description = "Why the chain ends: TOP (the last has no manager, or names itself), UNKNOWN_MANAGER "
                + "(the next manager is not synced yet), ERASED (the last was erased), CYCLE (the next manager is "
                + "already in the chain: the HRIS data has a loop), DEPTH_LIMIT (50 managers). More values may be "
                + "added.") ChainEnd end,
        @Schema(description = "The next manager's external id when the end is UNKNOWN_MANAGER.", example = "E0001")
        String pendingManagerExternalId) {
}
