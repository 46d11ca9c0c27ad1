package io.pmi.report.domain.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.analysis.AnalysisInput.Question;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The codes the rules depend on exist in question-bank-service's library, as the rules expect them. */
class LibraryMeasuresTest {

    private static final Path LIBRARY = Path.of("..", "question-bank-service", "src", "main", "resources", "library",
            "questions.json");

    private static Map<String, JsonNode> library() throws IOException {
        Map<String, JsonNode> byMeasure = new HashMap<>();
        for (JsonNode question : new ObjectMapper().readTree(LIBRARY.toFile())) {
            byMeasure.put(question.get("measure").asText(), question);
        }
        return byMeasure;
    }

    private static List<String> options(JsonNode question) {
        List<String> values = new ArrayList<>();
        question.path("options").forEach(o -> values.add(o.get("value").asText()));
        return values;
    }

    @Test
    void everyMeasureKeyTheRulesNameIsInTheLibrary() throws Exception {
        Map<String, JsonNode> library = library();
        assertEquals(49, library.size());
        int keys = 0;
        for (Field field : LibraryMeasures.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                String value = (String) field.get(null);
                if (value.contains(".")) {
                    assertTrue(library.containsKey(value), value);
                    keys++;
                }
            }
        }
        assertEquals(11, keys);
        LibraryMeasures.CONCERN_CHOICES.forEach((measure, concerns) -> {
            assertEquals("SINGLE_CHOICE", library.get(measure).get("type").asText(), measure);
            assertTrue(options(library.get(measure)).containsAll(concerns), measure);
        });
        assertEquals("SCALE", library.get(LibraryMeasures.KPI_REASONABLENESS).get("type").asText());
        assertTrue(options(library.get(LibraryMeasures.KPI_REACHABILITY))
                .containsAll(List.of(LibraryMeasures.OUT_OF_REACH, LibraryMeasures.EXCEEDED)));
    }

    @Test
    void everyLibraryMeasureIsPlacedAndRoutedToTheCatalogue() throws Exception {
        for (JsonNode question : library().values()) {
            String dimension = question.get("dimension").asText();
            String topic = question.get("topic").asText();
            String measure = question.get("measure").asText();
            assertTrue(LibraryMeasures.DIMENSIONS.contains(dimension), dimension);
            assertTrue(LibraryMeasures.TOPICS.contains(topic), topic);
            assertNotEquals(FindingType.DIMENSION_CONCERN, LibraryMeasures.route(measure, dimension, topic), measure);
        }
        assertEquals(FindingType.DEVELOPMENT_NEED, LibraryMeasures.route(LibraryMeasures.TEAMWORK_RATING,
                "INDICATORS", "QUALITATIVE"), "a rating of the subject, not of how they are measured");
        assertEquals(FindingType.INCENTIVE_UNCLEAR, LibraryMeasures.route("acme.stock-options", "INCENTIVES",
                "ACME_EQUITY"), "a tenant's topic under a seeded dimension");
        assertEquals(FindingType.DIMENSION_CONCERN, LibraryMeasures.route("acme.x", "WELLBEING", "ACME"));
    }

    @Test
    void theTestFixturesAskTheLibrarysQuestions() throws Exception {
        Map<String, JsonNode> library = library();
        for (String measure : List.of("goals.strategy-clarity", "indicators.kpi-reasonableness",
                "indicators.kpi-reachability", "indicators.qualitative-measurement", "indicators.teamwork-rating",
                "feedback.frequency", "feedback.mode", "feedback.preferred-style", "incentives.recognition",
                "difficulties.training-needs", "collaboration.cross-dept-smoothness")) {
            Question fixture = Fixtures.question(measure);
            JsonNode question = library.get(measure);
            assertEquals(question.get("dimension").asText(), fixture.dimension(), measure);
            assertEquals(question.get("topic").asText(), fixture.topic(), measure);
            assertEquals(QuestionType.parse(question.get("type").asText()), fixture.type(), measure);
            assertEquals(options(question), fixture.options(), measure);
        }
    }
}
