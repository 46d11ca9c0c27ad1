package io.pmi.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates every example of an OpenAPI 3.0 contract against its schema: the examples of parameters, headers,
 * request and response bodies, and the {@code example} of every schema and property, components included. The
 * OpenAPI 3.0 dialect of networknt's validator reads {@code nullable}; each schema is validated with the contract's
 * {@code components} beside it, so that {@code #/components/schemas/...} references resolve.
 */
public final class ContractExamples {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));

    private final JsonNode root;
    private final List<String> defects = new ArrayList<>();

    private ContractExamples(JsonNode root) {
        this.root = root;
    }

    /** Every example that does not match its schema, with where it is and why; empty when all match. */
    public static List<String> defects(String contractJson) {
        ContractExamples check = new ContractExamples(JsonMapper.builder().build().readTree(contractJson));
        check.run();
        return check.defects;
    }

    private void run() {
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            String at = "paths." + path.getKey();
            parameters(at, path.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String where = at + "." + operation.getKey();
                JsonNode node = operation.getValue();
                parameters(where, node.path("parameters"));
                content(where + ".requestBody", node.path("requestBody").path("content"));
                for (Map.Entry<String, JsonNode> response : node.path("responses").properties()) {
                    String responseAt = where + ".responses." + response.getKey();
                    content(responseAt, response.getValue().path("content"));
                    for (Map.Entry<String, JsonNode> header : response.getValue().path("headers").properties()) {
                        examples(responseAt + ".headers." + header.getKey(), header.getValue());
                    }
                }
            }
        }
        for (Map.Entry<String, JsonNode> header : root.path("components").path("headers").properties()) {
            examples("components.headers." + header.getKey(), header.getValue());
        }
        for (Map.Entry<String, JsonNode> schema : root.path("components").path("schemas").properties()) {
            schemaExamples("components.schemas." + schema.getKey(), schema.getValue());
        }
    }

    private void parameters(String where, JsonNode parameters) {
        for (JsonNode parameter : parameters) {
            examples(where + ".parameters[" + parameter.path("name").asString() + "]", parameter);
        }
    }

    private void content(String where, JsonNode content) {
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            examples(where + "." + media.getKey(), media.getValue());
        }
    }

    /** The {@code example} and {@code examples} of a parameter, header or media type, against its schema. */
    private void examples(String where, JsonNode holder) {
        JsonNode schema = holder.path("schema");
        if (holder.has("example")) {
            validate(where + ".example", schema, holder.get("example"));
        }
        for (Map.Entry<String, JsonNode> example : holder.path("examples").properties()) {
            JsonNode value = resolve(example.getValue()).get("value");
            if (value != null) {
                validate(where + ".examples." + example.getKey(), schema, value);
            }
        }
        if (!schema.isMissingNode()) {
            schemaExamples(where + ".schema", schema);
        }
    }

    /** The {@code example} of a schema and of every schema inside it. */
    private void schemaExamples(String where, JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            validate(where + ".example", schema, schema.get("example"));
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            schemaExamples(where + "." + property.getKey(), property.getValue());
        }
        schemaExamples(where + ".items", schema.path("items"));
        schemaExamples(where + ".additionalProperties", schema.path("additionalProperties"));
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            int i = 0;
            for (JsonNode part : schema.path(combination)) {
                schemaExamples(where + "." + combination + "[" + i++ + "]", part);
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }

    private void validate(String where, JsonNode schema, JsonNode example) {
        if (schema.isMissingNode()) {
            defects.add(where + ": an example without a schema");
            return;
        }
        ObjectNode document = ((ObjectNode) schema).deepCopy();
        document.set("components", root.path("components"));
        Schema compiled = REGISTRY.getSchema(document);
        List<Error> errors = compiled.validate(example);
        for (Error error : errors) {
            defects.add(where + ": " + error.getMessage() + " (at " + error.getInstanceLocation() + ")");
        }
    }
}
