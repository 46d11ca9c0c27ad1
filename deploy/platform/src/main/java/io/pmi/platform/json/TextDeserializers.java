package io.pmi.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/** Strings and object keys as Jackson reads them, refused when they hold U+0000 or an unpaired surrogate. */
final class TextDeserializers {

    private TextDeserializers() {
    }

    static final class Values extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(super.deserialize(parser, context), parser);
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(key, context.getParser());
        }
    }

    private static String checked(String text, JsonParser parser) throws InvalidTextException {
        String problem = problem(text);
        if (problem != null) {
            throw new InvalidTextException(parser, problem);
        }
        return text;
    }

    /** What is wrong with {@code text}, or null. */
    static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("must not contain an unpaired surrogate (U+%04X)", (int) c);
            }
        }
        return null;
    }
}
