package io.pmi.interview.mapping;

import io.pmi.interview.domain.CampaignSettings;
import io.pmi.interview.domain.GuideChoice;
import io.pmi.interview.repository.Campaign;
import io.pmi.interview.rest.api.CampaignRequest;
import io.pmi.interview.rest.api.CampaignView;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Between the API's campaign and the domain's settings, and from a stored campaign to its view. */
public final class CampaignMapper {

    private CampaignMapper() {
    }

    /** The settings as written; what is missing is left to the domain's defaults. */
    public static CampaignSettings toSettings(CampaignRequest request) {
        List<GuideChoice> guides = request.guides() == null ? null : request.guides().stream()
                .map(g -> g == null ? null : new GuideChoice(g.role(), g.guideId(), g.version())).toList();
        return new CampaignSettings(request.name(), request.description(), request.departments(), request.period(),
                request.locale(), guides, request.anonymityThreshold(), request.completenessThreshold(),
                request.gapThreshold());
    }

    public static CampaignView toView(Campaign campaign) {
        List<CampaignRequest.Guide> guides = campaign.guides.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> new CampaignRequest.Guide(e.getKey(), e.getValue().guideId, e.getValue().version))
                .toList();
        return new CampaignView(campaign.id, campaign.name, campaign.description, List.copyOf(campaign.departments),
                campaign.period, campaign.locale, guides, campaign.anonymityThreshold,
                campaign.completenessThreshold, campaign.gapThreshold, campaign.status, campaign.createdAt,
                campaign.createdBy, campaign.updatedAt, campaign.closedAt);
    }
}
