package io.pmi.questionbank.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.lint.QuestionLinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in library's data files hold to what the issue promises: at least 40 questions over the twelve topics,
 * a scale or choice question in each topic, a probe on each question, every measure worded for two source roles,
 * both locales everywhere, and no lint finding of any severity; and default guides for each role that would
 * publish. Plain JUnit over the files, so a content edit fails fast with the offending id.
 */
class LibraryContentTest {

    private static final Map<String, String> TOPICS = Map.ofEntries(
            Map.entry("STRATEGY_AWARENESS", "GOALS"), Map.entry("GOAL_ALIGNMENT", "GOALS"),
            Map.entry("KPI_DESIGN", "INDICATORS"), Map.entry("QUALITATIVE", "INDICATORS"),
            Map.entry("FREQUENCY_MODE", "FEEDBACK"), Map.entry("ACCEPTANCE", "FEEDBACK"),
            Map.entry("MATERIAL", "INCENTIVES"), Map.entry("NON_MATERIAL", "INCENTIVES"),
            Map.entry("SKILLS", "DIFFICULTIES"), Map.entry("RESOURCES", "DIFFICULTIES"),
            Map.entry("UPWARD", "COLLABORATION"), Map.entry("CROSS_DEPARTMENT", "COLLABORATION"));
    private static final List<String> CORE = List.of("GOALS", "INDICATORS", "FEEDBACK", "INCENTIVES");
    private static final QuestionLinter LINTER = new QuestionLinter();

    private static JsonNode questions;
    private static JsonNode guides;

    @BeforeAll
    static void load() throws IOException {
        questions = read("library/questions.json");
        guides = read("library/guides.json");
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = LibraryContentTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theBankCoversEveryTopicWithStableIdsAndComparableMeasures() {
        assertTrue(questions.size() >= 40, "at least 40 questions, found " + questions.size());
        Set<String> ids = new HashSet<>();
        Set<String> measures = new HashSet<>();
        Map<String, Set<String>> typesByTopic = new HashMap<>();
        for (JsonNode q : questions) {
            String id = q.path("id").asText();
            assertTrue(ids.add(id), "duplicate id " + id);
            assertEquals("q." + q.path("key").asText(), id, "id is q.<key>");
            assertTrue(measures.add(q.path("measure").asText()), id + ": a measure is one question's");
            String topic = q.path("topic").asText();
            assertEquals(TOPICS.get(topic), q.path("dimension").asText(), id + ": topic of another dimension");
            typesByTopic.computeIfAbsent(topic, t -> new HashSet<>()).add(q.path("type").asText());
            Set<String> roles = new HashSet<>();
            q.path("variants").forEach(v -> assertTrue(roles.add(v.path("role").asText()), id + ": role twice"));
            assertTrue(roles.size() >= 2, id + ": a measure is asked of at least two roles");
            assertTrue(q.path("probes").size() >= 1, id + ": at least one probe");
            String type = q.path("type").asText();
            boolean choice = type.endsWith("CHOICE");
            assertEquals(choice, q.has("options"), id + ": options exactly on choice questions");
            assertEquals(type.equals("SCALE"), q.has("scale"), id + ": a scale exactly on SCALE questions");
            if (choice) {
                Set<String> values = new HashSet<>();
                q.path("options").forEach(o -> assertTrue(values.add(o.path("value").asText()), id + ": option twice"));
                assertTrue(values.size() >= 2, id + ": two options at least");
            }
            if (q.has("scale")) {
                Set<Integer> anchors = new HashSet<>();
                q.path("scale").path("anchors").forEach(a -> anchors.add(a.path("value").asInt()));
                assertTrue(anchors.contains(1) && anchors.contains(5), id + ": anchors at 1 and 5");
            }
        }
        assertEquals(TOPICS.keySet(), typesByTopic.keySet(), "every topic has questions");
        typesByTopic.forEach((topic, types) -> assertTrue(types.stream().anyMatch(t -> !t.equals("OPEN")),
                topic + " needs a SCALE or choice question"));
    }

    @Test
    void everyTextIsBilingualAndFreeOfLintFindings() {
        List<String> problems = new ArrayList<>();
        for (JsonNode q : questions) {
            String id = q.path("id").asText();
            String type = q.path("type").asText();
            check(id + " text", q.path("text"), type, problems);
            q.path("variants").forEach(v -> check(id + " " + v.path("role").asText(), v.path("text"), type, problems));
            q.path("probes").forEach(p -> check(id + " probe", p, "OPEN", problems));
            bilingual(id + " intent", q.path("intent"), problems);
            q.path("options").forEach(o -> bilingual(id + " option", o.path("label"), problems));
            q.path("scale").path("anchors").forEach(a -> bilingual(id + " anchor", a.path("label"), problems));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(String where, JsonNode text, String type, List<String> problems) {
        bilingual(where, text, problems);
        for (String locale : List.of("zh-CN", "en")) {
            String value = text.path(locale).asText();
            LINTER.lint(value, locale, QuestionType.valueOf(type), ContentLanguage.EN).findings().forEach(f ->
                    problems.add(where + " [" + locale + "] " + f.code() + " " + f.severity() + ": " + value));
        }
    }

    private static void bilingual(String where, JsonNode text, List<String> problems) {
        if (text.path("zh-CN").asText().isBlank() || text.path("en").asText().isBlank()) {
            problems.add(where + ": both zh-CN and en are needed");
        }
    }

    @Test
    void theDefaultGuidesWouldPublish() {
        Map<String, JsonNode> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.path("id").asText(), q));
        Set<String> roles = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode guide : guides) {
            String id = guide.path("id").asText();
            String role = guide.path("role").asText();
            roles.add(role);
            Set<String> covered = new HashSet<>();
            Set<String> seen = new HashSet<>();
            for (JsonNode section : guide.path("sections")) {
                String dimension = section.path("dimension").asText();
                for (JsonNode ref : section.path("questions")) {
                    JsonNode q = byId.get(ref.asText());
                    assertTrue(q != null, id + ": unknown question " + ref.asText());
                    assertTrue(seen.add(ref.asText()), id + ": " + ref.asText() + " twice");
                    assertEquals(dimension, q.path("dimension").asText(), id + ": " + ref.asText() + " in the wrong section");
                    boolean asked = false;
                    for (JsonNode v : q.path("variants")) {
                        asked |= v.path("role").asText().equals(role);
                    }
                    assertTrue(asked, id + ": " + ref.asText() + " has no " + role + " wording");
                    covered.add(dimension);
                }
            }
            assertTrue(covered.containsAll(CORE), id + " covers the four core dimensions");
            bilingual(id + " title", guide.path("title"), problems);
            bilingual(id + " opening", guide.path("opening"), problems);
            bilingual(id + " closing", guide.path("closing"), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(Set.of("SELF", "SUPERVISOR", "PEER", "SUBORDINATE"), roles);
    }
}
