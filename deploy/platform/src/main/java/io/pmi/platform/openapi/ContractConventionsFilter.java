package io.pmi.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.problem.Problem;
import io.pmi.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the house rules to every operation of a contract, so that no resource has to remember them:
 * the shared {@code Problem} schema, the error responses each operation can give (with examples), the
 * {@code Content-Language}/{@code Vary} headers of operations that negotiate {@code Accept-Language}, and the
 * examples kept as JSON files beside the service's code: {@code openapi-examples/<operationId>.json} for the
 * success response and {@code openapi-examples/<operationId>.request.json} for the request body.
 */
public class ContractConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("FieldError", fieldErrorSchema());
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> applyConventions(path, operation)));
    }

    private void applyConventions(String path, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        addExamples(operation, responses);
        documentSecurity(path, operation, responses);
        describeDeclaredProblems(path, operation, responses);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            addProblem(responses, ProblemType.VALIDATION, "The request has 1 invalid input.", path,
                    "Invalid input: malformed JSON, a wrong type, an unknown field or a broken constraint.");
        }
        if (path.contains("{")) {
            addProblem(responses, ProblemType.NOT_FOUND, "Resource 'X' does not exist.", path,
                    "No such resource in your tenant.");
        }
        boolean answersContent = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
        if (answersContent) {
            addProblem(responses, ProblemType.NOT_ACCEPTABLE, "This resource answers application/json.", path,
                    "The Accept header allows no media type this operation produces.");
        }
        if (hasBody) {
            addProblem(responses, ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large.", path,
                    "The request body is larger than the documented limit.");
            addProblem(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.", path,
                    "The body is not application/json.");
        }
        addProblem(responses, ProblemType.INTERNAL, "An unexpected error occurred. Quote reference "
                + "7f1c2a8e-0b1d-4c55-9a77-2f6f1c2b9e01 when reporting it.", path, "Unexpected error.");
        if (isLocalized(operation)) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeader("Content-Language", OASFactory.createHeader()
                            .description("The language the content is in: zh-CN or en.")
                            .schema(typed(Schema.SchemaType.STRING)
                                    .enumeration(List.of("zh-CN", "en")))
                            .example("en"));
                    response.addHeader("Vary", OASFactory.createHeader()
                            .description("Accept-Language: the content depends on it.")
                            .schema(typed(Schema.SchemaType.STRING)));
                }
            });
        }
    }

    /**
     * Each secured operation names its roles in an {@code x-roles} extension next to its {@code @RolesAllowed}
     * (the security matrix test fails when the two disagree); this documents them for people and adds the
     * 401 and 403 problems.
     */
    private static void documentSecurity(String path, Operation operation, APIResponses responses) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
        if (roles instanceof List<?> list && !list.isEmpty()) {
            String note = "Roles: " + list.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".";
            operation.setDescription(operation.getDescription() == null ? note
                    : operation.getDescription() + "\n\n" + note);
        }
        responses.removeAPIResponse("401");
        responses.removeAPIResponse("403");
        responses.addAPIResponse("401", problemResponse(ProblemType.UNAUTHORIZED, "A valid bearer token is required: "
                + "it is missing, malformed, expired, not yet valid, or not issued for this service.", path,
                "No valid bearer token; the response carries WWW-Authenticate: Bearer."));
        responses.addAPIResponse("403", problemResponse(ProblemType.FORBIDDEN,
                "Your role does not allow this operation.", path, "The token's role may not call this operation."));
    }

    /**
     * Error responses a resource declares with a description only get the problem body of their kind, with the
     * example in {@code openapi-examples/<operationId>.<status>.json} when there is one (a service's own kinds,
     * such as a 422, have one), else the common kind's.
     */
    private static void describeDeclaredProblems(String path, Operation operation, APIResponses responses) {
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                Object example = operation.getOperationId() == null ? null
                        : readExample(operation.getOperationId() + "." + code + ".json");
                if (example != null) {
                    response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                    .addExample(operation.getOperationId() + "." + code,
                                            OASFactory.createExample().value(example))));
                } else {
                    ProblemType.commonFor(Integer.parseInt(code)).ifPresent(type -> response.setContent(
                            problemResponse(type, type.title() + ".", path, response.getDescription()).getContent()));
                }
            }
        });
    }

    private static void addExamples(Operation operation, APIResponses responses) {
        if (operation.getOperationId() == null) {
            return;
        }
        Object response = readExample(operation.getOperationId() + ".json");
        if (response != null) {
            responses.getAPIResponses().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null)
                    .findFirst()
                    .ifPresent(e -> e.getValue().getContent().getMediaTypes().values()
                            .forEach(media -> media.addExample(operation.getOperationId(),
                                    OASFactory.createExample().value(response))));
        }
        Object request = readExample(operation.getOperationId() + ".request.json");
        if (request != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> media.addExample(operation.getOperationId(),
                            OASFactory.createExample().value(request)));
        }
    }

    private static Object readExample(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("openapi-examples/" + name)) {
            return in == null ? null : JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract example " + name, e);
        }
    }

    private static boolean isLocalized(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "Accept-Language".equalsIgnoreCase(parameter.getName())) {
                parameter.description("Preferred language of the content: zh-CN (default) or en. Other languages "
                        + "fall back to zh-CN; Content-Language says which was used.");
                parameter.example("en");
                return true;
            }
        }
        return false;
    }

    private static void addProblem(APIResponses responses, ProblemType type, String detail, String path,
                                   String description) {
        String code = Integer.toString(type.status());
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, problemResponse(type, detail, path, description));
    }

    /** A problem response with one example; also used by services for the kinds they add. */
    public static APIResponse problemResponse(ProblemType type, String detail, String instance, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        example.put("instance", instance);
        if (type == ProblemType.VALIDATION) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("in", "body");
            error.put("path", "name.en");
            error.put("code", "required");
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .addExample(type.slug(), OASFactory.createExample().value(example)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Schema problemSchema() {
        return typed(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail (application/problem+json), the body of every error. "
                        + "Kinds of problems may add members of their own.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("Stable URI of the kind of error; documented values start with "
                        + ProblemType.BASE_URI + ".").format("uri").example(ProblemType.VALIDATION.uri().toString()))
                .addProperty("title", string("Short English summary of the kind of error.").example("Invalid request"))
                .addProperty("status", typed(Schema.SchemaType.INTEGER).format("int32")
                        .description("HTTP status code.").example(400))
                .addProperty("detail", string("English explanation of this occurrence."))
                .addProperty("instance", string("The request path this occurrence happened on.")
                        .example("/api/v1/dimensions/GOALS"))
                .addProperty("errors", typed(Schema.SchemaType.ARRAY)
                        .description("The invalid inputs, for validation problems.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema fieldErrorSchema() {
        return typed(Schema.SchemaType.OBJECT)
                .description("One invalid input of a request.")
                .addRequired("in").addRequired("path").addRequired("code")
                .addProperty("in", string("Where the input was; new locations may be added.")
                        .enumeration(List.of("body", "query", "path", "header")).example("body"))
                .addProperty("path", string("JSON path in the body (options[0].label.en, or $ for the whole "
                        + "body), or the parameter's name.").example("options[0].label.en"))
                .addProperty("code", string("Stable reason: required, unknown-field, invalid-type, invalid-value, "
                        + "size, range, pattern, format; new codes may be added.").example("required"))
                .addProperty("message", string("English explanation.").example("must not be blank"));
    }

    private static Schema string(String description) {
        return typed(Schema.SchemaType.STRING).description(description);
    }

    private static Schema typed(Schema.SchemaType type) {
        return OASFactory.createSchema().type(List.of(type));
    }
}
