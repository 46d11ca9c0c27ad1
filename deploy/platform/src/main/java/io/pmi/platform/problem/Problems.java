package io.pmi.platform.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/** Builds problem responses; the one place that sets the media type. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, List.of(), Map.of(), Map.of());
    }

    public static Response response(ProblemType type, String detail, String instance, List<FieldError> errors,
                                    Map<String, Object> extensions, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, detail, instance, errors, extensions));
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response validation(String instance, List<FieldError> errors) {
        return response(ProblemType.VALIDATION, validationDetail(errors.size()), instance, errors, Map.of(), Map.of());
    }

    /** The one wording of a validation problem's detail: {@code The request has 3 invalid inputs.} */
    public static String validationDetail(int errors) {
        return errors == 1 ? "The request has 1 invalid input." : "The request has " + errors + " invalid inputs.";
    }
}
