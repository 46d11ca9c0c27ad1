package io.pmi.report.domain.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pmi.report.domain.Audience;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report serialises with plain Jackson to the field names of the public contract, in a stable order. */
class JsonContractTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void fieldNamesAreTheContract() throws Exception {
        ReportAnalysis report = ReportAnalyzer.analyze(ScenarioTest.scenario());
        JsonNode json = JSON.valueToTree(report);
        assertEquals(List.of("audience", "inputs", "dimensions", "gaps", "contradictions", "historyChecks",
                "findings", "suppressed", "notices"), fields(json));
        assertEquals(List.of("id", "version", "sourceRole", "completedAt", "belowThreshold"),
                fields(json.get("inputs").get(0)));
        assertEquals("2026-07-01T08:00:00Z", json.get("inputs").get(0).get("completedAt").asText());
        JsonNode measure = json.get("dimensions").get(0).get("topics").get(0).get("measures").get(0);
        assertEquals(List.of("dimension", "names", "topics"), fields(json.get("dimensions").get(0)));
        assertEquals(List.of("measure", "type", "scale", "sources", "agreement"), fields(measure));
        assertEquals(List.of("role", "respondents", "belowThreshold", "mean", "spread", "distribution", "stances",
                "quotes"), fields(measure.get("sources").get(0)));
        assertEquals(List.of("index", "value", "cutoff", "raters", "agrees"), fields(json.at("/dimensions/0/topics/1"
                + "/measures/1/agreement")));
        assertEquals(List.of("measure", "dimension", "kind", "self", "others", "gap", "threshold", "otherSources"),
                fields(json.get("gaps").get(0)));
        String text = JSON.writeValueAsString(report);
        assertTrue(text.contains("\"self\":5.00,\"others\":2.67,\"gap\":2.33,\"threshold\":1.33"),
                "figures keep their two places");
        assertEquals(List.of("measure", "dimension", "sources", "kind", "values", "difference", "evidence"),
                fields(json.get("contradictions").get(0)));
        assertEquals(List.of("SELF", "SUPERVISOR"), fields(json.at("/contradictions/0/values")));
        assertEquals(List.of("measure", "claim", "verdict", "sources", "answerIds", "recordIds", "periods"),
                fields(json.get("historyChecks").get(0)));
        JsonNode finding = json.get("findings").get(0);
        assertEquals(List.of("type", "severity", "dimension", "summary", "evidence", "recommendation"),
                fields(finding));
        assertEquals(List.of("zh-CN", "en"), fields(finding.get("summary")));
        assertEquals(List.of("answerIds", "performanceRecordIds", "measures", "emotionIds"),
                fields(finding.get("evidence")));
        assertEquals(List.of("measure", "scope", "role", "reason"), fields(json.get("suppressed").get(0)));

        JsonNode manager = JSON.valueToTree(report.forAudience(Audience.MANAGER));
        assertEquals("MANAGER", manager.get("audience").asText());
        assertTrue(manager.at("/inputs/0/completedAt").isNull());
        assertEquals(JSON.writeValueAsString(report.findings()),
                JSON.writeValueAsString(report.forAudience(Audience.MANAGER).findings()));
    }
}
