package io.pmi.interview.service;

import io.pmi.interview.domain.CampaignStatus;
import io.pmi.interview.domain.SourceRole;
import io.pmi.interview.repository.Campaign;
import io.pmi.interview.repository.CampaignRepository;
import io.pmi.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.Map;

/** What interviews need of their campaign: whether it is open, its guides per role, its thresholds. */
@ApplicationScoped
public class CampaignLookup {

    public record Guide(String guideId, Integer version) {
    }

    public record OpenCampaign(String id, String locale, Map<SourceRole, Guide> guides) {
    }

    private final CampaignRepository campaigns;

    public CampaignLookup(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** An open campaign of the caller's tenant: 404 when there is none, 409 campaign-closed when it is closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OpenCampaign open(String campaignId) {
        Campaign campaign = find(campaignId);
        if (campaign.status != CampaignStatus.OPEN) {
            throw new ProblemException(InterviewFlowProblems.CAMPAIGN_CLOSED, "Campaign " + campaignId + " is "
                    + campaign.status + ": no interview can be planned in it.");
        }
        Map<SourceRole, Guide> guides = new EnumMap<>(SourceRole.class);
        campaign.guides.forEach((role, guide) -> guides.put(role, new Guide(guide.guideId, guide.version)));
        return new OpenCampaign(campaign.id, campaign.locale, guides);
    }

    /** The campaign, open or closed: 404 when the caller's tenant has none with this id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Campaign get(String campaignId) {
        return find(campaignId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public double completenessThreshold(String campaignId) {
        return find(campaignId).completenessThreshold;
    }

    private Campaign find(String campaignId) {
        return campaigns.findByIdOptional(campaignId)
                .orElseThrow(() -> ProblemException.notFound("Campaign", campaignId));
    }
}
