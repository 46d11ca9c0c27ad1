package io.pmi.platform;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** A resource that exists only in these tests, to drive every kind of bad input through the mappers. */
@Path("/probe")
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Kind { OPEN, SCALE }

    public record Option(@NotNull Map<String, @NotBlank @Size(max = 5) String> label) {
    }

    public record ProbeRequest(@NotBlank String name, Kind kind, @Min(1) @Max(5) int count, Boolean urgent,
                               @NotNull @Size(max = 3) List<@NotNull @Valid Option> options) {
    }

    @POST
    public ProbeRequest echo(@NotNull @Valid ProbeRequest request) {
        return request;
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("database password is hunter2");
    }

    @GET
    @Path("/language")
    @Localized
    public Map<String, String> language(@HeaderParam("Accept-Language") String acceptLanguage) {
        return Map.of("language", ContentLanguage.negotiate(acceptLanguage).tag());
    }
}
