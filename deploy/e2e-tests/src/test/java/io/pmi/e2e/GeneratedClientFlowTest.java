package io.pmi.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.clients.interview.api.CampaignsApi;
import io.pmi.clients.interview.api.InterviewsApi;
import io.pmi.clients.interview.api.ParticipantsApi;
import io.pmi.clients.interview.api.PerformanceHistoryApi;
import io.pmi.clients.interview.model.AnswerRequest;
import io.pmi.clients.interview.model.Campaign;
import io.pmi.clients.interview.model.CampaignExport;
import io.pmi.clients.interview.model.CampaignGuide;
import io.pmi.clients.interview.model.CampaignRequest;
import io.pmi.clients.interview.model.CampaignStatus;
import io.pmi.clients.interview.model.CompleteRequest;
import io.pmi.clients.interview.model.ConsentRequest;
import io.pmi.clients.interview.model.Direction;
import io.pmi.clients.interview.model.EmploymentStatus;
import io.pmi.clients.interview.model.ExportItem;
import io.pmi.clients.interview.model.IndicatorKind;
import io.pmi.clients.interview.model.Interview;
import io.pmi.clients.interview.model.InterviewQuestion;
import io.pmi.clients.interview.model.InterviewStatus;
import io.pmi.clients.interview.model.ParticipantBatch;
import io.pmi.clients.interview.model.ParticipantBatchItem;
import io.pmi.clients.interview.model.PerformanceRecordBatch;
import io.pmi.clients.interview.model.PerformanceRecordItem;
import io.pmi.clients.interview.model.PlanInterviewRequest;
import io.pmi.clients.interview.model.PreparationRequest;
import io.pmi.clients.interview.model.SourceRole;
import io.pmi.clients.interview.model.Stance;
import io.pmi.clients.interview.model.UpsertResult;
import io.pmi.clients.questionbank.api.GuidesApi;
import io.pmi.clients.questionbank.model.Guide;
import io.pmi.clients.questionbank.model.GuideStatus;
import io.pmi.clients.questionbank.model.GuideVersion;
import io.pmi.clients.report.ApiException;
import io.pmi.clients.report.api.ReportsApi;
import io.pmi.clients.report.model.Audience;
import io.pmi.clients.report.model.Problem;
import io.pmi.clients.report.model.Report;
import io.pmi.clients.report.model.ReportInput;
import io.pmi.clients.report.model.ReportMeasure;
import io.pmi.clients.report.model.ReportQuote;
import io.pmi.clients.report.model.ReportRequest;
import io.pmi.clients.report.model.ReportSource;
import io.pmi.clients.report.model.ReportSuppression;
import io.pmi.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 1: the whole flow of {@link SuiteEndToEndTest} driven through the Java clients generated from the
 * committed contracts (deploy/client-tests) and nothing else: an HRIS import, the library's guides copied and
 * published as the tenant's own, a campaign on them, an interview from every source role run by the book, and the
 * report read in both audiences. A contract that the generator turns into a client that cannot do one of these
 * steps (a missing header, a body it cannot write or read) fails here.
 */
@ExtendWith(Suite.class)
class GeneratedClientFlowTest {

    private static final String TENANT = "clients-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String INTERVIEWER = "hr-zhou";
    private static final String SUBJECT = "C-SUBJ";
    private static final String MANAGER = "C-MGR";
    private static final List<String> PEERS = List.of("C-P1", "C-P2", "C-P3");
    private static final String SUBORDINATE = "C-SUB1";
    private static final String SELF_WORDS = "客户端测试:我不知道今年的目标是怎么定的。";
    private static final String SUBORDINATE_WORDS = "客户端测试下属原话:很少听到方向和目标。";

    private static Suite.Services suite;

    @BeforeAll
    static void useTheSuite(Suite.Services services) {
        suite = services;
    }

    @Test
    void aCampaignOnTheTenantsOwnGuidesBecomesAReportEachAudienceReadsAsItMay() throws Exception {
        importFromTheHris();
        Map<SourceRole, String> guides = copyAndPublishTheLibraryGuides();
        String campaign = createCampaign(guides);

        Map<String, SourceRole> completed = new LinkedHashMap<>();
        Map<String, Set<String>> askedBy = new TreeMap<>();
        completed.put(run(campaign, guides, SUBJECT, SourceRole.SELF, 1, SELF_WORDS, askedBy), SourceRole.SELF);
        completed.put(run(campaign, guides, MANAGER, SourceRole.SUPERVISOR, 5, "目标沟通得很充分。", askedBy),
                SourceRole.SUPERVISOR);
        for (String peer : PEERS) {
            completed.put(run(campaign, guides, peer, SourceRole.PEER, 2, "合作中他的方向经常变化。", askedBy),
                    SourceRole.PEER);
        }
        completed.put(run(campaign, guides, SUBORDINATE, SourceRole.SUBORDINATE, 1, SUBORDINATE_WORDS, askedBy),
                SourceRole.SUBORDINATE);

        CampaignExport export = new CampaignsApi(interviewClient("hr-admin", "HR_ADMIN"))
                .exportCampaign(campaign, null, null, null, null, SUBJECT);
        assertEquals(completed.keySet(), export.getItems().stream().map(ExportItem::getId)
                .collect(Collectors.toSet()), "the export holds exactly the completed interviews");
        assertEquals(MANAGER, export.getSubject().getManagerChain().getManagers().get(0).getExternalId());

        Report hr = generateReport(campaign, completed, askedBy);
        ReportsApi hrReports = new ReportsApi(reportClient("hr-admin", "HR_ADMIN"));
        assertEquals(hr, hrReports.getReport(hr.getId(), Audience.HR, null), "the stored report reads as generated");

        Report manager = readAsTheManager(hr, completed);
        assertEquals(manager, hrReports.getReport(hr.getId(), Audience.MANAGER, null),
                "HR previews exactly what the manager reads");
        ApiException notTheirs = assertThrows(ApiException.class, () -> new ReportsApi(reportClient("C-P1", "MANAGER"))
                .getReport(hr.getId(), null, null), "a manager above someone else reads nothing of this report");
        assertEquals(404, notTheirs.getCode());
        Problem problem = json().readValue(notTheirs.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertEquals("https://pmi-suite.dev/problems/not-found", problem.getType().toString());
    }

    private static void importFromTheHris() throws Exception {
        List<ParticipantBatchItem> people = new ArrayList<>();
        people.add(person(MANAGER, "周经理", null));
        people.add(person(SUBJECT, "钱七", MANAGER));
        PEERS.forEach(peer -> people.add(person(peer, "同事" + peer, MANAGER)));
        people.add(person(SUBORDINATE, "孙八", SUBJECT));
        var participants = new ParticipantsApi(interviewClient("hris", "INTEGRATION"))
                .upsertParticipantsWithHttpInfo(new ParticipantBatch().items(people));
        assertEquals(200, participants.getStatusCode());
        assertEquals(6, participants.getData().getCreated());

        List<PerformanceRecordItem> records = Stream.of("2026-Q1:60", "2026-Q2:65", "2026-Q3:62")
                .map(record -> record.split(":"))
                .map(record -> new PerformanceRecordItem().participantExternalId(SUBJECT).period(record[0])
                        .indicator("销售额").kind(IndicatorKind.KPI).target(BigDecimal.valueOf(100))
                        .actual(new BigDecimal(record[1])).unit("万元").direction(Direction.HIGHER_IS_BETTER))
                .toList();
        var history = new PerformanceHistoryApi(interviewClient("hris", "INTEGRATION"))
                .upsertPerformanceRecordsWithHttpInfo(new PerformanceRecordBatch().items(records));
        assertEquals(200, history.getStatusCode());
        UpsertResult result = history.getData();
        assertEquals(3, result.getCreated());

        assertEquals(MANAGER, new ParticipantsApi(interviewClient("hr-admin", "HR_ADMIN")).getManagerChain(SUBJECT)
                .getManagers().get(0).getExternalId(), "the stored reporting line");
    }

    /** Copies each of the library's four guides as the tenant's own and publishes the copy as its version 1. */
    private static Map<SourceRole, String> copyAndPublishTheLibraryGuides() throws Exception {
        GuidesApi guides = new GuidesApi(questionBankClient("hr-admin", "HR_ADMIN"));
        Map<SourceRole, String> ids = new EnumMap<>(SourceRole.class);
        for (SourceRole role : List.of(SourceRole.SELF, SourceRole.SUPERVISOR, SourceRole.PEER,
                SourceRole.SUBORDINATE)) {
            String library = "guide." + role.getValue().toLowerCase();
            var copied = guides.copyGuideWithHttpInfo(library, "clients." + role.getValue().toLowerCase());
            assertEquals(201, copied.getStatusCode());
            Guide copy = copied.getData();
            assertEquals(GuideStatus.DRAFT, copy.getStatus());
            assertEquals(Guide.SourceEnum.TENANT, copy.getSource());
            assertEquals(library, copy.getCopiedFrom());
            assertEquals(role.getValue(), copy.getRole().getValue());

            var published = guides.publishGuideWithHttpInfo(copy.getId(), header(copied.getHeaders(), "ETag"), null);
            assertEquals(201, published.getStatusCode());
            GuideVersion version = published.getData();
            assertEquals(1, version.getVersion());
            assertFalse(version.getSections().isEmpty());

            var read = guides.getGuideWithHttpInfo(copy.getId());
            assertEquals(GuideStatus.PUBLISHED, read.getData().getStatus());
            assertEquals(1, read.getData().getPublishedVersion());
            assertEquals(header(published.getHeaders(), "ETag"), header(read.getHeaders(), "ETag"),
                    "publishing answers the guide's new ETag");
            ids.put(role, copy.getId());
        }
        return ids;
    }

    private static String createCampaign(Map<SourceRole, String> guides) throws Exception {
        var created = new CampaignsApi(interviewClient("hr-admin", "HR_ADMIN")).createCampaignWithHttpInfo(
                new CampaignRequest().name("2026 下半年客户端流程 " + TENANT).period("2026-H2")
                        .guides(guides.entrySet().stream()
                                .map(guide -> new CampaignGuide().role(guide.getKey()).guideId(guide.getValue()))
                                .toList()));
        assertEquals(201, created.getStatusCode());
        Campaign campaign = created.getData();
        assertEquals(CampaignStatus.OPEN, campaign.getStatus());
        assertTrue(header(created.getHeaders(), "Location").endsWith("/api/v1/campaigns/" + campaign.getId()));
        return campaign.getId();
    }

    /**
     * Plans an interview on the campaign's guide for the role and runs it by the book: checklist, prepare, start,
     * consent, an answer to every question (low {@code score}: a poor view), complete; each transition with the
     * ETag the previous step answered or a read of the interview. Notes which measures the role was asked about.
     */
    private static String run(String campaign, Map<SourceRole, String> guides, String interviewee, SourceRole role,
                              int score, String openText, Map<String, Set<String>> askedBy) throws Exception {
        var planned = new InterviewsApi(interviewClient("hr-admin", "HR_ADMIN")).planInterviewWithHttpInfo(
                new PlanInterviewRequest().campaignId(campaign).subjectExternalId(SUBJECT)
                        .intervieweeExternalId(interviewee).sourceRole(role).interviewerId(INTERVIEWER)
                        .scheduledAt(OffsetDateTime.parse("2026-12-08T02:00:00Z")));
        assertEquals(201, planned.getStatusCode());
        Interview interview = planned.getData();
        assertEquals(InterviewStatus.PLANNED, interview.getStatus());
        assertEquals(guides.get(role), interview.getGuideId(), "the campaign's own guide for the role");
        assertEquals(1, interview.getGuideVersion());
        String id = interview.getId();

        InterviewsApi interviewer = new InterviewsApi(interviewClient(INTERVIEWER, "INTERVIEWER"));
        assertEquals(201, interviewer.recordPreparationWithHttpInfo(id, new PreparationRequest()
                .backgroundReviewed(true).departmentFunctionUnderstood(true).pastPerformanceReviewed(true), null)
                .getStatusCode());
        var prepared = interviewer.prepareInterviewWithHttpInfo(id,
                header(interviewer.getInterviewWithHttpInfo(id).getHeaders(), "ETag"));
        assertEquals(InterviewStatus.PREPARED, prepared.getData().getStatus());
        var started = interviewer.startInterviewWithHttpInfo(id, header(prepared.getHeaders(), "ETag"));
        assertEquals(InterviewStatus.IN_PROGRESS, started.getData().getStatus());
        assertEquals(201, interviewer.recordConsentWithHttpInfo(id,
                new ConsentRequest().locale(ConsentRequest.LocaleEnum.ZH_CN).agreed(true), null).getStatusCode());

        List<InterviewQuestion> questions = interviewer.listInterviewQuestions(id, null, 200).getItems();
        assertFalse(questions.isEmpty());
        for (InterviewQuestion question : questions) {
            assertEquals(201, interviewer.recordAnswerWithHttpInfo(id, question.getKey(),
                    answer(question, score, openText), null).getStatusCode(), question.getKey());
            askedBy.computeIfAbsent(question.getMeasure(), measure -> new TreeSet<>()).add(role.getValue());
        }

        var done = interviewer.completeInterviewWithHttpInfo(id,
                header(interviewer.getInterviewWithHttpInfo(id).getHeaders(), "ETag"), new CompleteRequest());
        assertEquals(200, done.getStatusCode());
        assertEquals(InterviewStatus.COMPLETED, done.getData().getStatus());
        assertNotNull(done.getData().getCompletedAt());
        return id;
    }

    private static AnswerRequest answer(InterviewQuestion question, int score, String openText) {
        var answer = new AnswerRequest()
                .stance(score <= 2 ? Stance.NEGATIVE : Stance.POSITIVE);
        return switch (question.getType()) {
            case SCALE -> answer.scaleValue(score);
            case SINGLE_CHOICE, MULTI_CHOICE -> answer.choices(List.of(question.getOptions()
                    .get(score <= 2 ? question.getOptions().size() - 1 : 0).getValue()));
            case OPEN -> answer.text(openText);
            default -> throw new AssertionError("a question type this test cannot answer: " + question.getType());
        };
    }

    /**
     * Generates the subject's report and checks the HR audience: every completed interview as an input, every
     * measure with each source role that was asked about it (three peers, one of everyone else), the one
     * subordinate below k but shown to HR with their words.
     */
    private static Report generateReport(String campaign, Map<String, SourceRole> completed,
                                         Map<String, Set<String>> askedBy) throws Exception {
        var generated = new ReportsApi(reportClient("hr-admin", "HR_ADMIN")).generateReportWithHttpInfo(
                new ReportRequest().campaignId(campaign).subjectExternalId(SUBJECT), null);
        assertEquals(201, generated.getStatusCode());
        Report report = generated.getData();
        assertTrue(header(generated.getHeaders(), "Location").endsWith("/api/v1/reports/" + report.getId()));
        assertEquals("zh-CN", header(generated.getHeaders(), "Content-Language"));
        assertEquals(Audience.HR, report.getAudience());
        assertEquals(1, report.getVersion());
        assertEquals(campaign, report.getCampaignId());
        assertEquals(SUBJECT, report.getSubjectExternalId());
        assertFalse(report.getPartial(), () -> "missing: " + report.getMissing());
        assertFalse(report.getStale());

        assertEquals(roles(completed), report.getInputs().stream().collect(Collectors.toMap(ReportInput::getInterviewId,
                input -> input.getSourceRole().getValue())), "the report's inputs are the interviews completed");
        report.getInputs().forEach(input -> assertNotNull(input.getCompletedAt(), input.getInterviewId()));

        Map<String, ReportMeasure> measures = measures(report);
        assertEquals(askedBy.keySet(), measures.keySet(), "a measure for everything the guides asked");
        for (ReportMeasure measure : measures.values()) {
            assertEquals(askedBy.get(measure.getMeasure()), measure.getSources().stream()
                    .map(source -> source.getRole().getValue()).collect(Collectors.toCollection(TreeSet::new)),
                    measure.getMeasure() + ": each source role asked about it");
            for (ReportSource source : measure.getSources()) {
                String role = source.getRole().getValue();
                assertEquals("PEER".equals(role) ? 3 : 1, source.getRespondents(), measure.getMeasure() + " " + role);
                assertEquals("SUBORDINATE".equals(role), source.getBelowThreshold(), measure.getMeasure() + " " + role);
            }
        }
        assertTrue(measures.values().stream().anyMatch(measure -> measure.getSources().size() == 4),
                "the four roles side by side on a measure all guides ask about");
        assertTrue(quotes(report, "SUBORDINATE").contains(SUBORDINATE_WORDS), "HR reads every quote");
        assertTrue(quotes(report, "SELF").contains(SELF_WORDS));
        assertFalse(report.getFindings().isEmpty(), "the self view and the supervisor's disagree");
        return report;
    }

    /**
     * The subject's manager reads the MANAGER audience: no subordinate group of one, not even as an input, no
     * verbatim quotes of SELF or SUPERVISOR, no completion times; each withheld part named under suppressed; the
     * comparisons and findings the same as HR's.
     */
    private static Report readAsTheManager(Report hr, Map<String, SourceRole> completed) throws Exception {
        var read = new ReportsApi(reportClient(MANAGER, "MANAGER")).getReportWithHttpInfo(hr.getId(), null, null);
        assertEquals(200, read.getStatusCode());
        Report manager = read.getData();
        assertEquals(Audience.MANAGER, manager.getAudience());
        assertEquals(hr.getId(), manager.getId());
        assertEquals(hr.getVersion(), manager.getVersion());

        Map<String, String> shown = roles(completed);
        shown.values().removeIf("SUBORDINATE"::equals);
        assertEquals(shown, manager.getInputs().stream().collect(Collectors.toMap(ReportInput::getInterviewId,
                input -> input.getSourceRole().getValue())), "every input but the one subordinate's");
        manager.getInputs().forEach(input -> assertNull(input.getCompletedAt(), input.getInterviewId()));

        for (ReportMeasure measure : measures(manager).values()) {
            for (ReportSource source : measure.getSources()) {
                String role = source.getRole().getValue();
                assertFalse("SUBORDINATE".equals(role), measure.getMeasure());
                if (!"PEER".equals(role)) {
                    assertTrue(source.getQuotes().isEmpty(), measure.getMeasure() + " " + role);
                }
            }
        }
        assertFalse(quotes(manager, "PEER").isEmpty(), "three peers pass k = 3: their words are shown");
        Set<String> withheld = manager.getSuppressed().stream()
                .map(suppression -> suppression.getRole().getValue() + " " + suppression.getReason())
                .collect(Collectors.toSet());
        assertTrue(withheld.containsAll(Set.of("SUBORDINATE BELOW_ANONYMITY_THRESHOLD",
                "SELF SINGLE_SOURCE_QUOTES", "SUPERVISOR SINGLE_SOURCE_QUOTES")), withheld::toString);
        assertTrue(manager.getSuppressed().stream().map(ReportSuppression::getRole).noneMatch(role ->
                "PEER".equals(role.getValue())), "the peers' group is not withheld");
        String everything = json().writeValueAsString(manager);
        assertFalse(everything.contains(SUBORDINATE_WORDS), "a single subordinate's words never reach the manager");
        assertFalse(everything.contains(SELF_WORDS), "nor the subject's own, identifiable by role");

        assertEquals(hr.getGaps(), manager.getGaps());
        assertEquals(hr.getContradictions(), manager.getContradictions());
        assertEquals(hr.getHistoryChecks(), manager.getHistoryChecks());
        assertEquals(hr.getFindings(), manager.getFindings());
        return manager;
    }

    private static Map<String, String> roles(Map<String, SourceRole> interviews) {
        Map<String, String> roles = new HashMap<>();
        interviews.forEach((id, role) -> roles.put(id, role.getValue()));
        return roles;
    }

    private static Map<String, ReportMeasure> measures(Report report) {
        Map<String, ReportMeasure> measures = new TreeMap<>();
        report.getDimensions().forEach(dimension -> dimension.getTopics().forEach(topic -> topic.getMeasures()
                .forEach(measure -> assertNull(measures.put(measure.getMeasure(), measure),
                        "one entry per measure: " + measure.getMeasure()))));
        return measures;
    }

    private static List<String> quotes(Report report, String role) {
        return measures(report).values().stream().flatMap(measure -> measure.getSources().stream())
                .filter(source -> role.equals(source.getRole().getValue()))
                .flatMap(source -> source.getQuotes().stream()).map(ReportQuote::getText).toList();
    }

    private static ParticipantBatchItem person(String externalId, String name, String manager) {
        return new ParticipantBatchItem().externalId(externalId).name(name)
                .email(externalId.toLowerCase() + "@example.com").department("销售部").position("销售")
                .managerExternalId(manager).employmentStatus(EmploymentStatus.ACTIVE);
    }

    /** A response header the step needs; the generated ApiResponse hands over the JDK's headers map. */
    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + headers.keySet()));
    }

    private static ObjectMapper json() {
        return new io.pmi.clients.report.ApiClient().getObjectMapper();
    }

    /** The user's bearer token on every request, through the generated client's request interceptor. */
    private static Consumer<HttpRequest.Builder> bearer(String subject, String role) {
        String token = TestTokens.token(TENANT, subject, role);
        return request -> request.header("Authorization", "Bearer " + token);
    }

    private static io.pmi.clients.questionbank.ApiClient questionBankClient(String subject, String role) {
        io.pmi.clients.questionbank.ApiClient client = new io.pmi.clients.questionbank.ApiClient();
        client.updateBaseUri(suite.questionBank().baseUrl());
        client.setRequestInterceptor(bearer(subject, role));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    private static io.pmi.clients.interview.ApiClient interviewClient(String subject, String role) {
        io.pmi.clients.interview.ApiClient client = new io.pmi.clients.interview.ApiClient();
        client.updateBaseUri(suite.interview().baseUrl());
        client.setRequestInterceptor(bearer(subject, role));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    private static io.pmi.clients.report.ApiClient reportClient(String subject, String role) {
        io.pmi.clients.report.ApiClient client = new io.pmi.clients.report.ApiClient();
        client.updateBaseUri(suite.report().baseUrl());
        client.setRequestInterceptor(bearer(subject, role));
        client.setReadTimeout(Duration.ofSeconds(60));
        return client;
    }
}
