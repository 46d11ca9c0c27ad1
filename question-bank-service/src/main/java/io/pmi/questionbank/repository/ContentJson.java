package io.pmi.questionbank.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    public static class QuestionContentConverter implements AttributeConverter<QuestionContent, String> {
        @Override
        public String convertToDatabaseColumn(QuestionContent content) {
            return write(content);
        }

        @Override
        public QuestionContent convertToEntityAttribute(String json) {
            return read(json, QuestionContent.class);
        }
    }

    public static class AnswerSpecConverter implements AttributeConverter<AnswerSpec, String> {
        @Override
        public String convertToDatabaseColumn(AnswerSpec spec) {
            return write(spec);
        }

        @Override
        public AnswerSpec convertToEntityAttribute(String json) {
            return read(json, AnswerSpec.class);
        }
    }

    public static class GuideContentConverter implements AttributeConverter<GuideContent, String> {
        @Override
        public String convertToDatabaseColumn(GuideContent content) {
            return write(content);
        }

        @Override
        public GuideContent convertToEntityAttribute(String json) {
            return read(json, GuideContent.class);
        }
    }

    public static class GuideSnapshotConverter implements AttributeConverter<GuideSnapshot, String> {
        @Override
        public String convertToDatabaseColumn(GuideSnapshot snapshot) {
            return write(snapshot);
        }

        @Override
        public GuideSnapshot convertToEntityAttribute(String json) {
            return read(json, GuideSnapshot.class);
        }
    }
}
