package io.pmi.platform;

import io.pmi.platform.i18n.Localized;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * A resource localized as a whole, whose operations do not read Accept-Language themselves, and one that takes
 * If-Match without declaring 412 or 428: the contract filter must document both anyway.
 */
@Path("/probe-localized")
@Localized
@jakarta.annotation.security.PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class LocalizedProbeResource {

    @POST
    public Map<String, String> create() {
        return Map.of("created", "yes");
    }

    @PUT
    @Path("/{id: [a-z]+}")
    public Map<String, String> update(@jakarta.ws.rs.PathParam("id") String id,
                                      @HeaderParam("If-Match") String ifMatch) {
        return Map.of("id", id);
    }
}
