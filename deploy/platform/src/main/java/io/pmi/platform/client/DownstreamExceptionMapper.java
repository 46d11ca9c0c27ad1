package io.pmi.platform.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns another service's error answers into the exceptions the fault-tolerance annotations tell apart: a 4xx
 * is a {@link DownstreamRefusedException} (404: {@link DownstreamNotFoundException}) with the problem's type and
 * detail, a 5xx a {@link DownstreamFailedException}. Registered on each client interface with
 * {@code @RegisterProvider}.
 */
public class DownstreamExceptionMapper implements ResponseExceptionMapper<RuntimeException> {

    /** Only reads trees, so the global strictness about unknown fields does not matter here. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new DownstreamFailedException(status);
        }
        JsonNode problem = problem(response);
        String type = text(problem, "type");
        String detail = text(problem, "detail");
        return status == 404 ? new DownstreamNotFoundException(type, detail)
                : new DownstreamRefusedException(status, type, detail);
    }

    /** The body when it is JSON (a problem, from our services), else nothing: a proxy may answer HTML. */
    private static JsonNode problem(Response response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json") || !response.hasEntity()) {
            return null;
        }
        try {
            return JSON.readTree(response.readEntity(String.class));
        } catch (JsonProcessingException | ProcessingException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonNode problem, String field) {
        JsonNode value = problem == null ? null : problem.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
