package io.pmi.interview.service;

import io.pmi.interview.client.questionbank.QuestionBankClient;
import io.pmi.interview.domain.CampaignRules;
import io.pmi.interview.domain.CampaignSettings;
import io.pmi.interview.domain.CampaignStatus;
import io.pmi.interview.domain.GuideChoice;
import io.pmi.interview.domain.KnownGuide;
import io.pmi.interview.domain.SourceRole;
import io.pmi.interview.domain.Violation;
import io.pmi.interview.repository.Campaign;
import io.pmi.interview.repository.CampaignGuide;
import io.pmi.interview.repository.CampaignRepository;
import io.pmi.platform.http.ETags;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Campaigns: settings checked on their own, then their guides against the question bank (with the caller's token),
 * then stored. The question bank is asked before any transaction starts, so that no database connection waits on
 * it, and when it is down nothing is stored.
 */
@ApplicationScoped
public class CampaignService {

    private final CampaignRepository campaigns;
    private final QuestionBankClient questionBank;
    private final SecurityIdentity identity;

    public CampaignService(CampaignRepository campaigns, QuestionBankClient questionBank,
                           SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.questionBank = questionBank;
        this.identity = identity;
    }

    public Campaign create(CampaignSettings written) {
        CampaignSettings settings = valid(written);
        requirePlannable(settings.guides(), choice -> true);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Campaign campaign = new Campaign();
            campaign.id = UUID.randomUUID().toString();
            campaign.status = CampaignStatus.OPEN;
            campaign.createdAt = now();
            campaign.createdBy = identity.getPrincipal().getName();
            apply(campaign, settings);
            campaigns.persist(campaign);
            campaigns.flush();
            return campaign;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Campaign get(String id) {
        return campaigns.findComplete(id).orElseThrow(() -> ProblemException.notFound("Campaign", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignRepository.Page list(CampaignStatus status, String period, int page, int size) {
        return campaigns.list(status, period, page, size);
    }

    /**
     * Replaces the settings of an open campaign. Only guides that are new or changed are checked against the
     * question bank: the others were checked when they were stored, and published versions never go away.
     */
    public Campaign update(String id, String ifMatch, CampaignSettings written) {
        CampaignSettings settings = valid(written);
        Campaign current = editable(id, ifMatch);
        requirePlannable(settings.guides(), choice -> !new CampaignGuide(choice.guideId(), choice.version())
                .equals(current.guides.get(choice.role())));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Campaign campaign = editable(id, ifMatch);
            if (!sameAs(campaign, settings)) {
                apply(campaign, settings);
                campaigns.flush();
            }
            return campaign;
        });
    }

    @Transactional
    public Campaign close(String id, String ifMatch) {
        Campaign campaign = get(id);
        ETags.requireMatch(ifMatch, campaign.revision);
        if (!campaign.status.canMoveTo(CampaignStatus.CLOSED)) {
            throw new ProblemException(CampaignProblems.INVALID_TRANSITION, "The campaign is closed already.");
        }
        campaign.status = CampaignStatus.CLOSED;
        campaign.closedAt = now();
        campaign.updatedAt = campaign.closedAt;
        campaigns.flush();
        return campaign;
    }

    private Campaign editable(String id, String ifMatch) {
        Campaign campaign = get(id);
        ETags.requireMatch(ifMatch, campaign.revision);
        if (!campaign.status.editable()) {
            throw new ProblemException(ProblemType.CONFLICT, "The campaign is closed: its settings can no longer "
                    + "change.");
        }
        return campaign;
    }

    private static CampaignSettings valid(CampaignSettings written) {
        List<Violation> violations = CampaignRules.check(written);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        return CampaignRules.withDefaults(written);
    }

    /** Asks the question bank about each guide {@code which} selects; every problem found comes in one 400. */
    private void requirePlannable(List<GuideChoice> guides, Predicate<GuideChoice> which) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < guides.size(); i++) {
            GuideChoice choice = guides.get(i);
            if (which.test(choice)) {
                Optional<KnownGuide> found = questionBank.guide(choice.guideId())
                        .map(guide -> new KnownGuide(guide.role(), guide.publishedVersion()));
                violations.addAll(CampaignRules.checkGuide(i, choice, found));
            }
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    /** A 400 listing the violations in the order the platform lists Bean Validation's: by path, then code. */
    private static ProblemException invalid(List<Violation> violations) {
        List<FieldError> errors = violations.stream()
                .map(v -> FieldError.body(v.path(), v.code(), v.message()))
                .sorted(Comparator.comparing((FieldError e) -> e.path() + e.code()))
                .toList();
        return new ProblemException(ProblemType.VALIDATION, errors.size() == 1 ? "The request has 1 invalid input."
                : "The request has " + errors.size() + " invalid inputs.", errors, Map.of(), Map.of());
    }

    /** Whether the settings are those stored, so that sending a campaign back unchanged changes nothing. */
    private static boolean sameAs(Campaign campaign, CampaignSettings settings) {
        return campaign.name.equals(settings.name()) && Objects.equals(campaign.description, settings.description())
                && campaign.departments.equals(settings.departments()) && campaign.period.equals(settings.period())
                && campaign.locale.equals(settings.locale()) && campaign.guides.equals(guides(settings))
                && campaign.anonymityThreshold == settings.anonymityThreshold()
                && campaign.completenessThreshold == settings.completenessThreshold()
                && Objects.equals(campaign.gapThreshold, settings.gapThreshold());
    }

    private static void apply(Campaign campaign, CampaignSettings settings) {
        campaign.name = settings.name();
        campaign.description = settings.description();
        campaign.departments.clear();
        campaign.departments.addAll(settings.departments());
        campaign.period = settings.period();
        campaign.locale = settings.locale();
        campaign.guides.clear();
        campaign.guides.putAll(guides(settings));
        campaign.anonymityThreshold = settings.anonymityThreshold();
        campaign.completenessThreshold = settings.completenessThreshold();
        campaign.gapThreshold = settings.gapThreshold();
        campaign.updatedAt = now();
    }

    private static Map<SourceRole, CampaignGuide> guides(CampaignSettings settings) {
        Map<SourceRole, CampaignGuide> guides = new HashMap<>();
        settings.guides().forEach(g -> guides.put(g.role(), new CampaignGuide(g.guideId(), g.version())));
        return guides;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
