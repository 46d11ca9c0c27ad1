package io.pmi.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lets Jackson read a request body past its mistakes: while {@link BodyValidation} reads a body on this thread, an
 * unknown field is skipped and a value of the wrong type or outside an enum is read as null, each noted as a field
 * error at its JSON path, so that one 400 names every mistake. Anywhere else (stored JSON, REST clients) Jackson
 * fails on the first mistake as usual.
 */
@Singleton
public class JsonInputErrors implements ObjectMapperCustomizer {

    private static final ThreadLocal<List<FieldError>> COLLECTED = new ThreadLocal<>();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new Collecting());
    }

    /** Starts collecting for the body about to be read on this thread. */
    static List<FieldError> open() {
        List<FieldError> errors = new ArrayList<>();
        COLLECTED.set(errors);
        return errors;
    }

    static void close() {
        COLLECTED.remove();
    }

    /** The JSON path of the value the parser is at: {@code options[0].label}, or {@code $} for the whole body. */
    static String path(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            context = context.getParent();
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** The wording of the platform's problem mappers, so that a collected error reads like a thrown one. */
    static String oneOf(Class<?> enumType) {
        return "must be one of " + Arrays.stream(enumType.getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static final class Collecting extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            List<FieldError> errors = COLLECTED.get();
            if (errors == null) {
                return false;
            }
            errors.add(FieldError.body(path(p), "unknown-field", "unknown field '" + propertyName + "'"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            return invalidValue(ctxt, targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            return invalidValue(ctxt, targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            return invalidType(p, targetType.getRawClass());
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsta, JsonParser p, String msg)
                throws IOException {
            return invalidType(p, instClass);
        }

        private static Object invalidValue(DeserializationContext ctxt, Class<?> targetType) {
            List<FieldError> errors = COLLECTED.get();
            if (errors == null) {
                return NOT_HANDLED;
            }
            errors.add(FieldError.body(path(ctxt.getParser()), "invalid-value", targetType.isEnum()
                    ? oneOf(targetType) : "cannot be read as " + JsonPaths.typeName(targetType)));
            return empty(targetType);
        }

        private static Object invalidType(JsonParser p, Class<?> targetType) throws IOException {
            List<FieldError> errors = COLLECTED.get();
            if (errors == null) {
                return NOT_HANDLED;
            }
            errors.add(FieldError.body(path(p), "invalid-type", "expected " + JsonPaths.typeName(targetType)));
            p.skipChildren();
            return empty(targetType);
        }

        /** Null, or the zero of a primitive, which cannot be null. */
        private static Object empty(Class<?> type) {
            return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
        }
    }
}
