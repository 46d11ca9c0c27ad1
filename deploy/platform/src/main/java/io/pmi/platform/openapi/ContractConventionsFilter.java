package io.pmi.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.problem.Problem;
import io.pmi.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Applies the house rules to every operation of a contract, so that no resource has to remember them:
 * the shared {@code Problem} schema, the error responses each operation can give (with examples, and 412 and 428
 * wherever {@code If-Match} is taken), the {@code Content-Language}/{@code Vary} headers of {@link Localized}
 * operations, and the examples kept as JSON files beside the service's code:
 * {@code openapi-examples/<operationId>.json} for the success response and
 * {@code openapi-examples/<operationId>.request.json} for the request body.
 *
 * <p>It runs at build time, where the application's index tells which resource methods are {@link Localized}:
 * nothing in the OpenAPI model itself says so.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractConventionsFilter implements OASFilter {

    /** What every enum's description ends with. */
    public static final String EXTENSIBLE = "Values may be added in later versions: read one you do not know as unknown, "
            + "not as an error.";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String CONTENT_LANGUAGE_REF = "#/components/headers/ContentLanguage";
    private static final String VARY_REF = "#/components/headers/Vary";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DotName LOCALIZED = DotName.createSimple(Localized.class);
    private static final DotName PATH = DotName.createSimple(Path.class);
    private static final Map<DotName, PathItem.HttpMethod> HTTP_METHODS = Map.of(
            DotName.createSimple(GET.class), PathItem.HttpMethod.GET,
            DotName.createSimple(POST.class), PathItem.HttpMethod.POST,
            DotName.createSimple(PUT.class), PathItem.HttpMethod.PUT,
            DotName.createSimple(DELETE.class), PathItem.HttpMethod.DELETE,
            DotName.createSimple(PATCH.class), PathItem.HttpMethod.PATCH,
            DotName.createSimple(HEAD.class), PathItem.HttpMethod.HEAD,
            DotName.createSimple(OPTIONS.class), PathItem.HttpMethod.OPTIONS);
    /**
     * Statuses a {@link Localized} operation answers before its resource method is matched (content negotiation,
     * the request limits), which therefore carry no {@code Vary}.
     */
    private static final Set<String> UNMATCHED_STATUSES = Set.of("406", "413", "415");

    /** "METHOD /path" of every {@link Localized} resource method. */
    private final Set<String> localized;

    /** The contract's schemas, to name a real field of a request body in its 400 example. */
    private Map<String, Schema> schemas = Map.of();

    public ContractConventionsFilter(IndexView index) {
        this.localized = localizedOperations(index);
    }

    /**
     * Every enum of the contract may grow (a new lint code, a new source role, a new problem type): its description
     * says so, so that a client generated from it reads a value added later as unknown instead of failing (issue 15;
     * the generated clients are built with {@code enumUnknownDefaultCase}).
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            String description = schema.getDescription();
            if (description == null || description.isBlank()) {
                schema.setDescription(EXTENSIBLE);
            } else if (!description.contains(EXTENSIBLE)) {
                schema.setDescription(description + " " + EXTENSIBLE);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        components.addSchema("FieldError", fieldErrorSchema());
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> applyConventions(path, method, operation)));
        if (!localized.isEmpty()) {
            components.addHeader("ContentLanguage", OASFactory.createHeader()
                    .description("The language the content is in: zh-CN or en.")
                    .schema(typed(Schema.SchemaType.STRING).enumeration(List.of("zh-CN", "en")))
                    .example("en"));
            components.addHeader("Vary", OASFactory.createHeader()
                    .description("Accept-Language: the content depends on it.")
                    .schema(typed(Schema.SchemaType.STRING))
                    .example("Accept-Language"));
        }
    }

    private void applyConventions(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        addExamples(operation, responses);
        documentSecurity(path, operation, responses);
        describeDeclaredProblems(path, operation, responses);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (!responses.hasAPIResponse("400")) {
            if (hasBody || hasParameters) {
                responses.addAPIResponse("400", validationResponse(path, exampleError(operation)));
            } else {
                addProblem(responses, ProblemType.BAD_REQUEST, "The request URI is not valid: Illegal character in "
                        + "query at index 20.", path, "A request URI that cannot be read: an invalid percent escape "
                        + "or an illegal character.");
            }
        }
        if (path.contains("{")) {
            addProblem(responses, ProblemType.NOT_FOUND, "Resource 'X' does not exist.", path,
                    "No such resource in your tenant.");
        }
        if (hasHeader(operation, "If-Match")) {
            addProblem(responses, ProblemType.PRECONDITION_FAILED, "The resource has changed since you read it: "
                    + "read it again and retry.", path, "The ETag in If-Match is not the current one.");
            addProblem(responses, ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag you read.", path,
                    "If-Match is missing.");
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
        describeAcceptLanguage(operation);
        if (localized.contains(method + " " + path)) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeader("Content-Language", headerRef(CONTENT_LANGUAGE_REF));
                }
                boolean unreadableUri = code.equals("400") && !hasBody && !hasParameters;
                if (!UNMATCHED_STATUSES.contains(code) && !unreadableUri) {
                    response.addHeader("Vary", headerRef(VARY_REF));
                }
            });
        }
    }

    /**
     * The resource methods marked {@link Localized}, on the method or on its class, as {@code "METHOD /path"} with
     * the path as the contract writes it (template variables without their regular expressions).
     */
    private static Set<String> localizedOperations(IndexView index) {
        Set<String> operations = new HashSet<>();
        for (AnnotationInstance annotation : index.getAnnotations(LOCALIZED)) {
            Stream<MethodInfo> methods = switch (annotation.target().kind()) {
                case CLASS -> annotation.target().asClass().methods().stream();
                case METHOD -> Stream.of(annotation.target().asMethod());
                default -> Stream.empty();
            };
            methods.forEach(method -> HTTP_METHODS.forEach((annotationName, httpMethod) -> {
                if (method.hasDeclaredAnnotation(annotationName)) {
                    operations.add(httpMethod + " " + pathOf(method));
                }
            }));
        }
        return operations;
    }

    private static String pathOf(MethodInfo method) {
        StringBuilder path = new StringBuilder();
        for (AnnotationInstance annotation : Arrays.asList(method.declaringClass().declaredAnnotation(PATH),
                method.declaredAnnotation(PATH))) {
            if (annotation == null) {
                continue;
            }
            for (String segment : annotation.value().asString().split("/")) {
                if (!segment.isBlank()) {
                    path.append('/').append(segment.replaceAll("\\{\\s*([^:}\\s]+)\\s*(:[^}]*)?}", "{$1}"));
                }
            }
        }
        return path.isEmpty() ? "/" : path.toString();
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static Header headerRef(String ref) {
        return OASFactory.createHeader().ref(ref);
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
    private void describeDeclaredProblems(String path, Operation operation, APIResponses responses) {
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                Object example = operation.getOperationId() == null ? null
                        : readExample(operation.getOperationId() + "." + code + ".json");
                if (example != null) {
                    response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                    .addExample(operation.getOperationId() + "." + code,
                                            OASFactory.createExample().value(example))));
                } else if ("400".equals(code)) {
                    response.setContent(validationResponse(path, exampleError(operation)).getContent());
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

    private static void describeAcceptLanguage(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "Accept-Language".equalsIgnoreCase(parameter.getName())) {
                parameter.description("Preferred language of the content: zh-CN (default) or en. Other languages "
                        + "fall back to zh-CN; Content-Language says which was used.");
                parameter.example("en");
            }
        }
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
        return problemResponse(type, problemExample(type, detail, instance), description);
    }

    private static APIResponse problemResponse(ProblemType type, Map<String, Object> example, String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .addExample(type.slug(), OASFactory.createExample().value(example)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Map<String, Object> problemExample(ProblemType type, String detail, String instance) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        example.put("instance", instance);
        return example;
    }

    /**
     * The 400 of an operation: a validation problem naming one of the operation's own inputs, or, for an operation
     * without a constrained input, the problem of a request that cannot be read at all.
     */
    private static APIResponse validationResponse(String path, Map<String, Object> error) {
        if (error == null) {
            return problemResponse(ProblemType.BAD_REQUEST, "The request cannot be read.", path,
                    "The request cannot be read.");
        }
        Map<String, Object> example = problemExample(ProblemType.VALIDATION, "The request has 1 invalid input.", path);
        example.put("errors", List.of(error));
        return problemResponse(ProblemType.VALIDATION, example, "Invalid input: malformed JSON, a wrong type, an "
                + "unknown field or a broken constraint; or a request URI that cannot be read (bad-request).");
    }

    /**
     * A field error this operation can really give: a required member of its body missing (or its first member of
     * the wrong type), else an enumerated, paging or constrained query parameter, else a constrained path parameter;
     * null when the operation has no such input.
     */
    private Map<String, Object> exampleError(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (var media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                Schema body = resolve(media.getSchema());
                if (body != null && body.getRequired() != null && !body.getRequired().isEmpty()) {
                    String member = body.getRequired().get(0);
                    Schema property = body.getProperties() == null ? null : resolve(body.getProperties().get(member));
                    boolean text = property != null && property.getType() != null
                            && property.getType().contains(Schema.SchemaType.STRING);
                    return fieldError("body", member, "required", text ? "must not be blank" : "must not be null");
                }
                if (body != null && body.getProperties() != null && !body.getProperties().isEmpty()) {
                    Map.Entry<String, Schema> member = body.getProperties().entrySet().iterator().next();
                    return fieldError("body", member.getKey(), "invalid-type", "expected "
                            + jsonType(resolve(member.getValue())));
                }
            }
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter.In in : List.of(Parameter.In.QUERY, Parameter.In.PATH)) {
            List<Parameter> candidates = parameters.stream().filter(p -> p.getIn() == in && p.getSchema() != null)
                    .sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
            for (Parameter parameter : candidates) {
                Map<String, Object> error = parameterError(parameter);
                if (error != null) {
                    return error;
                }
            }
        }
        return null;
    }

    /** Enumerations first (the commonest mistake), then the page size, then the rest in the contract's order. */
    private static int rank(Parameter parameter) {
        if (parameter.getSchema().getEnumeration() != null) {
            return 0;
        }
        return "size".equals(parameter.getName()) ? 1 : 2;
    }

    private static Map<String, Object> parameterError(Parameter parameter) {
        Schema schema = parameter.getSchema();
        String in = parameter.getIn() == Parameter.In.QUERY ? "query" : "path";
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return fieldError(in, parameter.getName(), "invalid-value", "must be one of " + schema.getEnumeration());
        }
        if (schema.getMaximum() != null) {
            return fieldError(in, parameter.getName(), "range", "must be less than or equal to "
                    + schema.getMaximum().stripTrailingZeros().toPlainString());
        }
        if (schema.getMinimum() != null) {
            return fieldError(in, parameter.getName(), "range", "must be greater than or equal to "
                    + schema.getMinimum().stripTrailingZeros().toPlainString());
        }
        if (schema.getPattern() != null) {
            return fieldError(in, parameter.getName(), "pattern", "must match \"" + schema.getPattern() + "\"");
        }
        if (schema.getMaxLength() != null) {
            return fieldError(in, parameter.getName(), "size", "size must be between "
                    + (schema.getMinLength() == null ? 0 : schema.getMinLength()) + " and " + schema.getMaxLength());
        }
        return null;
    }

    /** How the platform's problem mappers name the JSON type a member expects. */
    private static String jsonType(Schema schema) {
        List<Schema.SchemaType> types = schema == null || schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING)) {
            return "a string";
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return "an integer";
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return "a number";
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return "a boolean";
        }
        return types.contains(Schema.SchemaType.ARRAY) ? "an array" : "an object";
    }

    private static Map<String, Object> fieldError(String in, String path, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("in", in);
        error.put("path", path);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    private Schema resolve(Schema schema) {
        if (schema != null && schema.getRef() != null && schema.getRef().startsWith("#/components/schemas/")) {
            return schemas.get(schema.getRef().substring("#/components/schemas/".length()));
        }
        return schema;
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
                .addProperty("in", string("Where the input was: the request's body, a query, path or header "
                        + "parameter, or the stored resource the request acts on (a guide being published, say), with "
                        + "path then a JSON path in the resource as GET answers it; new locations may be added.")
                        .enumeration(List.of("body", "query", "path", "header", "resource")).example("body"))
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
