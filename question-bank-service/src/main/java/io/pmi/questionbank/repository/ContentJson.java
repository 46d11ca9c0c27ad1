package io.pmi.questionbank.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.questionbank.domain.AnswerSpec;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideSnapshot;
import io.pmi.questionbank.domain.QuestionContent;
import jakarta.persistence.AttributeConverter;

/**
 * JSON columns. A mapper of its own, independent of the REST layer's settings, so that what is stored does not
 * change when the API's serialisation does; unknown members are tolerated so older rows stay readable.
 */
public final class ContentJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ContentJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    /** A JSON column of one stored type. */
    abstract static class JsonConverter<T> implements AttributeConverter<T, String> {

        private final Class<T> type;

        JsonConverter(Class<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            return write(value);
        }

        @Override
        public T convertToEntityAttribute(String json) {
            return read(json, type);
        }
    }

    public static class QuestionContentConverter extends JsonConverter<QuestionContent> {
        public QuestionContentConverter() {
            super(QuestionContent.class);
        }
    }

    public static class AnswerSpecConverter extends JsonConverter<AnswerSpec> {
        public AnswerSpecConverter() {
            super(AnswerSpec.class);
        }
    }

    public static class GuideContentConverter extends JsonConverter<GuideContent> {
        public GuideContentConverter() {
            super(GuideContent.class);
        }
    }

    public static class GuideSnapshotConverter extends JsonConverter<GuideSnapshot> {
        public GuideSnapshotConverter() {
            super(GuideSnapshot.class);
        }
    }
}
