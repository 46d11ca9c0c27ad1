package io.pmi.platform.catalogue;

import io.pmi.platform.client.DownstreamRefusedException;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource that exists only in these tests: a caller of the catalogue, as a service's resource would be. */
@Path("/probe/catalogue/items")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueProbeResource {

    private final CatalogueClient catalogue;

    CatalogueProbeResource(CatalogueClient catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/{id}")
    public Item item(@PathParam("id") String id) {
        return catalogue.item(id).orElseThrow(() -> ProblemException.notFound("Item", id));
    }

    /** The caller decides what a refusal means to its own client: here a taken name is our conflict too. */
    @POST
    public Item create(@NotNull @Valid NewItem item) {
        try {
            return catalogue.create(item);
        } catch (DownstreamRefusedException e) {
            if (e.isType("conflict")) {
                throw new ProblemException(ProblemType.CONFLICT, e.detail());
            }
            throw e;
        }
    }
}
