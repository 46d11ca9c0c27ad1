package io.pmi.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;
import java.util.Map;

/** Enum-typed parameters, as the services declare them, for {@link EnumParamConverterTest}. */
@Path("/probe/enums")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class EnumParamProbeResource {

    public enum Status { DRAFT, ACTIVE }

    /** An enum whose API form is lower case: its constants are written as their toString(). */
    public enum Source {
        LIBRARY, TENANT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @GET
    public Map<String, String> query(@QueryParam("status") Status status, @QueryParam("source") Source source) {
        return Map.of("status", String.valueOf(status), "source", source == null ? "null" : source.name());
    }

    @GET
    @Path("/{status}")
    public Map<String, String> path(@PathParam("status") Status status) {
        return Map.of("status", status.name());
    }
}
