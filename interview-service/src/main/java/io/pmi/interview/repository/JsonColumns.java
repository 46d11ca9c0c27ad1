package io.pmi.interview.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.interview.domain.AnswerData;
import jakarta.persistence.AttributeConverter;

import java.util.List;
import java.util.Map;

/** JSON columns: texts by locale, lists of strings, follow-ups. Null stays null. */
public final class JsonColumns {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonColumns() {
    }

    abstract static class Json<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        Json(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            try {
                return value == null ? null : MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
            }
        }

        @Override
        public T convertToEntityAttribute(String json) {
            try {
                return json == null ? null : MAPPER.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored JSON column is unreadable", e);
            }
        }
    }

    public static class Texts extends Json<Map<String, String>> {
        public Texts() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class TextList extends Json<List<Map<String, String>>> {
        public TextList() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class Strings extends Json<List<String>> {
        public Strings() {
            super(new TypeReference<>() {
            });
        }
    }

    public static class FollowUps extends Json<List<AnswerData.FollowUp>> {
        public FollowUps() {
            super(new TypeReference<>() {
            });
        }
    }
}
