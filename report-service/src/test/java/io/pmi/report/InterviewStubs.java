package io.pmi.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * interview-service and the question bank as WireMock plays them: a subject's campaign export built from a few
 * calls (an interview per source role, answers on three library measures, history), a whole campaign of such
 * subjects as a campaign summary reads it, and the dimension names.
 */
public final class InterviewStubs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The subject's direct manager in {@link #fourSources}; the director above them reads the report too. */
    public static final String MANAGER = "E-MGR-1";

    /** The open answers of {@link #fourSources}, one per source (two subordinates). */
    public record Quotes(String self, String supervisor, String peer, String subordinate1, String subordinate2) {
    }

    public static final Quotes PLAIN = new Quotes("我不太清楚公司今年的方向,没人跟我讲过。", "他很清楚今年的重点,我们每周都沟通。",
            "同事说方向一直在变,我们也说不清。", "下属甲:经理从来不跟我们讲方向。", "下属乙:目标一季度一变。");

    /**
     * Four sources that disagree on KPIs and feedback, with attainment near 60 % in the last three quarters: SELF
     * and SUPERVISOR, three peers, and two subordinates (below k = 3).
     */
    public static Export fourSources(String campaignId, String subject, Quotes quotes) {
        Export export = new Export(campaignId, subject).managers(MANAGER, "E-DIR-1");
        export.record("2026-Q1", "2026-01-01", 100, 60);
        export.record("2026-Q2", "2026-04-01", 100, 65);
        export.record("2026-Q3", "2026-07-01", 100, 62);
        export.interview("SELF", 1, "RARELY", quotes.self(), "NEGATIVE");
        export.interview("SUPERVISOR", 5, "WEEKLY", quotes.supervisor(), "POSITIVE");
        for (int i = 0; i < 3; i++) {
            export.interview("PEER", 2, "RARELY", quotes.peer(), "NEGATIVE");
        }
        export.interview("SUBORDINATE", 1, "RARELY", quotes.subordinate1(), "NEGATIVE");
        export.interview("SUBORDINATE", 2, "RARELY", quotes.subordinate2(), "NEGATIVE");
        return export;
    }

    public static final List<Map<String, Object>> QUESTIONS = List.of(
            question("indicators.kpi-reasonableness", "INDICATORS", "KPI_DESIGN", "SCALE", null),
            question("feedback.frequency", "FEEDBACK", "FREQUENCY_MODE", "SINGLE_CHOICE",
                    List.of("WEEKLY", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "RARELY")),
            question("goals.strategy-direction", "GOALS", "STRATEGY_AWARENESS", "OPEN", null));

    /** An export being built: the campaign, the subject with history and manager chain, and its interviews. */
    public static final class Export {
        private final String campaignId;
        private final String subject;
        private final List<String> managers = new ArrayList<>();
        private final List<Map<String, Object>> records = new ArrayList<>();
        private final List<Map<String, Object>> items = new ArrayList<>();
        private int anonymityThreshold = 3;
        private String department = "销售部";

        public Export(String campaignId, String subject) {
            this.campaignId = campaignId;
            this.subject = subject;
        }

        public Export managers(String... externalIds) {
            managers.addAll(List.of(externalIds));
            return this;
        }

        public Export k(int k) {
            anonymityThreshold = k;
            return this;
        }

        public Export department(String name) {
            department = name;
            return this;
        }

        public String subject() {
            return subject;
        }

        /** A KPI record; answers its id. */
        public String record(String period, String start, double target, double actual) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", id);
            record.put("participantExternalId", subject);
            record.put("period", period);
            record.put("periodStart", start);
            record.put("indicator", "销售额");
            record.put("kind", "KPI");
            record.put("target", target);
            record.put("actual", actual);
            record.put("direction", "HIGHER_IS_BETTER");
            record.put("attainment", Math.round(actual / target * 10_000) / 10_000.0);
            records.add(record);
            return id;
        }

        /**
         * An interview of a source role with a scale value on KPI reasonableness, a choice of feedback frequency
         * and an open answer on the strategy; answers the open answer's id (the quote).
         */
        public String interview(String role, int kpiScale, String frequency, String strategy, String stance) {
            String interviewId = UUID.randomUUID().toString();
            String quoteId = UUID.randomUUID().toString();
            List<Map<String, Object>> answers = List.of(
                    answer(UUID.randomUUID().toString(), "indicators.kpi-reasonableness", Map.of("scaleValue", kpiScale)),
                    answer(UUID.randomUUID().toString(), "feedback.frequency", Map.of("choices", List.of(frequency))),
                    answer(quoteId, "goals.strategy-direction", Map.of("text", strategy, "stance", stance)));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", interviewId);
            item.put("version", 7);
            item.put("subjectExternalId", subject);
            item.put("subjectDepartment", department);
            item.put("sourceRole", role);
            item.put("completedAt", "2026-12-0" + (items.size() % 9 + 1) + "T03:00:00Z");
            item.put("answers", answers);
            item.put("questions", QUESTIONS);
            item.put("emotions", List.of());
            items.add(item);
            return quoteId;
        }

        public List<String> interviewIds() {
            return items.stream().map(item -> (String) item.get("id")).toList();
        }

        private Map<String, Object> campaign() {
            return Map.of("id", campaignId, "period", "2026-H2", "anonymityThreshold", anonymityThreshold);
        }

        public String json() {
            Map<String, Object> campaign = campaign();
            Map<String, Object> chain = Map.of("externalId", subject, "managers", managers.stream()
                    .map(m -> Map.of("externalId", m)).toList(), "end", "TOP");
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("campaign", campaign);
            page.put("subject", Map.of("externalId", subject, "department", department, "managerChain", chain,
                    "performanceRecords", records));
            page.put("items", items);
            return write(page);
        }

        /** Stubs the export of this subject (one page). */
        public Export stub(WireMockServer server) {
            server.stubFor(get(urlPathEqualTo("/api/v1/campaigns/" + campaignId + "/export")).willReturn(okJson(json())));
            return this;
        }
    }

    /**
     * A whole campaign as a campaign summary reads it: {@code GET /campaigns/{id}}, the export by subject in pages
     * of {@code pageSize} interviews (subjects in external id order, the first page with the total), the
     * campaign's performance records by subject in pages of {@code recordPageSize} (with the records of
     * {@code recordsOnly}, subjects without an exported interview), and each subject's own export for its report.
     * Answers the number of export pages.
     */
    public static int campaign(WireMockServer server, List<Export> subjects, int pageSize, int recordPageSize,
                               Export... recordsOnly) {
        return campaign(server, subjects, pageSize, recordPageSize, 0, recordsOnly);
    }

    /** As above, every export page answered after {@code delayMs}: a slow interview-service. */
    public static int campaign(WireMockServer server, List<Export> subjects, int pageSize, int recordPageSize,
                               int delayMs, Export... recordsOnly) {
        List<Export> sorted = new ArrayList<>(subjects);
        sorted.sort(Comparator.comparing(Export::subject));
        String campaignId = sorted.get(0).campaignId;
        String path = "/api/v1/campaigns/" + campaignId;
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(write(Map.of("id", campaignId, "name", "试点")))));
        List<Map<String, Object>> items = new ArrayList<>();
        sorted.forEach(export -> items.addAll(export.items));
        int pages = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        for (int i = 0; i < pages; i++) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("campaign", sorted.get(0).campaign());
            page.put("items", items.subList(i * pageSize, Math.min(items.size(), (i + 1) * pageSize)));
            if (i + 1 < pages) {
                page.put("nextCursor", "page-" + (i + 1));
            }
            if (i == 0) {
                page.put("total", items.size());
            }
            server.stubFor(get(urlPathEqualTo(path + "/export")).withQueryParam("order", equalTo("SUBJECT"))
                    .withQueryParam("detail", equalTo("MINIMAL"))
                    .withQueryParam("cursor", i == 0 ? absent() : equalTo("page-" + i))
                    .willReturn(okJson(write(page)).withFixedDelay(delayMs)));
        }
        sorted.forEach(export -> server.stubFor(get(urlPathEqualTo(path + "/export"))
                .withQueryParam("subjectExternalId", equalTo(export.subject)).willReturn(okJson(export.json()))));
        List<Export> withRecords = new ArrayList<>(sorted);
        withRecords.addAll(List.of(recordsOnly));
        withRecords.sort(Comparator.comparing(Export::subject));
        List<Map<String, Object>> records = new ArrayList<>();
        withRecords.forEach(export -> records.addAll(export.records));
        int recordPages = Math.max(1, (records.size() + recordPageSize - 1) / recordPageSize);
        for (int i = 0; i < recordPages; i++) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", records.subList(i * recordPageSize, Math.min(records.size(),
                    (i + 1) * recordPageSize)));
            if (i + 1 < recordPages) {
                page.put("nextCursor", "records-" + (i + 1));
            }
            server.stubFor(get(urlPathEqualTo(path + "/performance-records"))
                    .withQueryParam("cursor", i == 0 ? absent() : equalTo("records-" + i))
                    .willReturn(okJson(write(page))));
        }
        return pages;
    }

    /** The question bank's dimensions with their names in Chinese. */
    public static void dimensions(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/api/v1/dimensions")).willReturn(okJson(write(Map.of("total", 3,
                "items", List.of(
                        dimension("GOALS", "目标设定", "STRATEGY_AWARENESS", "公司战略认知"),
                        dimension("INDICATORS", "考核指标", "KPI_DESIGN", "KPI 的确定与合理性"),
                        dimension("FEEDBACK", "反馈机制", "FREQUENCY_MODE", "反馈频率与方式")))))));
    }

    private static Map<String, Object> dimension(String code, String name, String topic, String topicName) {
        return Map.of("code", code, "name", name, "core", true, "position", 1,
                "topics", List.of(Map.of("code", topic, "name", topicName)));
    }

    private static Map<String, Object> question(String key, String dimension, String topic, String type,
                                                List<String> options) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("key", key);
        question.put("dimension", dimension);
        question.put("topic", topic);
        question.put("measure", key);
        question.put("type", type);
        question.put("text", Map.of("zh-CN", key));
        if (options != null) {
            question.put("options", options.stream().map(o -> Map.of("value", o)).toList());
        }
        if (type.equals("SCALE")) {
            question.put("scale", Map.of("min", 1, "max", 5));
        }
        question.put("required", true);
        question.put("askedOnSpot", false);
        return question;
    }

    private static Map<String, Object> answer(String id, String key, Map<String, Object> value) {
        Map<String, Object> answer = new LinkedHashMap<>(value);
        answer.put("id", id);
        answer.put("questionKey", key);
        answer.put("vague", false);
        answer.put("redacted", false);
        return answer;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private InterviewStubs() {
    }
}
