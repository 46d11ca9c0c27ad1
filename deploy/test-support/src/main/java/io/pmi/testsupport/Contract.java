package io.pmi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** The running service's served contract, read once per check, and its operations. */
public record Contract(JsonNode root, List<Operation> operations) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    /** One operation of the contract, with its node (parameters merged from the path item). */
    public record Operation(String method, String path, String operationId, JsonNode node, List<JsonNode> parameters) {

        public List<String> roles() {
            return StreamSupport.stream(node.path("x-roles").spliterator(), false).map(JsonNode::asText).toList();
        }

        public boolean hasBody() {
            return node.has("requestBody");
        }

        public boolean isRead() {
            return method.equals("get");
        }

        public boolean isSecured() {
            return node.has("security") && !node.path("security").isEmpty();
        }

        /** The names of the path's template variables, in order. */
        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = TEMPLATE.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        public boolean takesHeader(String name) {
            return parameters.stream().anyMatch(p -> "header".equals(p.path("in").asText())
                    && name.equalsIgnoreCase(p.path("name").asText()));
        }

        /** The documented response for a status, falling back to {@code default}. */
        public Optional<JsonNode> response(int status) {
            JsonNode responses = node.path("responses");
            JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                    : responses.get("default");
            return Optional.ofNullable(response);
        }

        /** {@code path} with every template variable replaced from {@code values}; a missing one is an error. */
        public String fill(Map<String, String> values) {
            Matcher matcher = TEMPLATE.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} of " + this);
                }
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(filled).toString();
        }

        @Override
        public String toString() {
            return operationId + " (" + method.toUpperCase() + " " + path + ")";
        }
    }

    /** The served contract of the service under test, as JSON. */
    public static Contract served() throws IOException {
        return of(new ObjectMapper().readTree(RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
    }

    public static Contract of(JsonNode root) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    List<JsonNode> parameters = new ArrayList<>(shared);
                    op.getValue().path("parameters").forEach(parameters::add);
                    operations.add(new Operation(op.getKey(), path.getKey(),
                            op.getValue().path("operationId").asText(""), op.getValue(), List.copyOf(parameters)));
                }
            }
        }
        return new Contract(root, List.copyOf(operations));
    }

    public Optional<Operation> operation(String operationId) {
        return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
    }
}
