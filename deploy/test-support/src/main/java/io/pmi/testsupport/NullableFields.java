package io.pmi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A served body against its documented schema, for the one thing generated clients trip on first: a property sent
 * as JSON {@code null} that the contract does not mark {@code nullable}. Walks {@code $ref}, {@code allOf},
 * properties, {@code additionalProperties} and array items; a property the schema does not describe is left to
 * the other checks.
 */
final class NullableFields {

    private static final String REF_PREFIX = "#/components/schemas/";

    private NullableFields() {
    }

    static List<String> defects(JsonNode root, JsonNode schema, JsonNode body) {
        List<String> defects = new ArrayList<>();
        walk(root, schema, body, "", defects);
        return defects;
    }

    private static void walk(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> defects) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode resolved = ref.startsWith(REF_PREFIX)
                    ? root.path("components").path("schemas").path(ref.substring(REF_PREFIX.length())) : null;
            if (value.isNull() && schema.path("nullable").asBoolean(false)) {
                return;
            }
            walk(root, resolved, value, path, defects);
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && !allNullable(root, schema)) {
                defects.add((path.isEmpty() ? "the body" : path) + " is null, but its schema is not nullable");
            }
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            walk(root, part, value, path, defects);
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (properties.has(field.getKey())) {
                    walk(root, properties.get(field.getKey()), field.getValue(), child, defects);
                } else if (additional.isObject()) {
                    walk(root, additional, field.getValue(), child, defects);
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(root, schema.path("items"), value.get(i), path + "[" + i + "]", defects);
            }
        }
    }

    /** An {@code allOf} whose parts say nullable (how SmallRye writes a nullable $ref) counts as nullable. */
    private static boolean allNullable(JsonNode root, JsonNode schema) {
        for (JsonNode part : schema.path("allOf")) {
            if (part.path("nullable").asBoolean(false)) {
                return true;
            }
        }
        return false;
    }
}
