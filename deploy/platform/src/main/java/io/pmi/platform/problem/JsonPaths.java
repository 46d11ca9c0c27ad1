package io.pmi.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

import java.math.BigInteger;
import java.util.Collection;

/** Renders Jackson's reference chain as the JSON path a client wrote: {@code options[0].label.en}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "a different JSON value";
        }
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /**
     * Whether {@code value}, a scalar as JSON gave it, is of another JSON type than {@code target} takes: a number or
     * a boolean for a string or an enum, a string for a number or a boolean, a fraction for an integer.
     */
    static boolean wrongKind(Object value, Class<?> target) {
        String sent = kindOf(value);
        String expected = target == null ? null : scalarKind(target);
        return sent != null && expected != null && !sent.equals(expected)
                && !(expected.equals("a number") && sent.equals("an integer"));
    }

    private static String scalarKind(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        return Number.class.isAssignableFrom(type) || type == double.class || type == float.class ? "a number" : null;
    }

    private static String kindOf(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            return "an integer";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value instanceof Boolean ? "a boolean" : null;
    }

    /** Our own argument checks explain themselves; Jackson's messages name Java classes and stay out. */
    static String shortMessage(JsonMappingException e) {
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "invalid value";
    }
}
