package io.pmi.platform.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.client.DownstreamExceptionMapper;
import io.pmi.platform.client.LenientJson;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalogue's API as this service calls it. Package-private: {@link CatalogueClient} is the only way in,
 * so no call escapes its timeout, retry, breaker and fallback.
 */
@Path("/api/v1/items")
@RegisterRestClient(configKey = "catalogue")
@RegisterClientHeaders
@RegisterProvider(DownstreamExceptionMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CatalogueApi {

    @GET
    @Path("/{id}")
    Item item(@PathParam("id") String id);

    @POST
    Item create(NewItem item);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return LenientJson.of(defaultObjectMapper);
    }
}
