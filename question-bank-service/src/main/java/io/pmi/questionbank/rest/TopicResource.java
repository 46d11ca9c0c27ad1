package io.pmi.questionbank.rest;

import io.pmi.platform.http.ETags;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.mapping.TaxonomyMapper;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.rest.api.TopicDetail;
import io.pmi.questionbank.rest.api.TopicRequest;
import io.pmi.questionbank.service.TopicService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy")
public class TopicResource {

    static final String ETAG_DESCRIPTION = "The version of the topic, for If-Match.";

    private final TopicService topics;

    public TopicResource(TopicService topics) {
        this.topics = topics;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "getTopic", summary = "Get a topic with its text in every locale",
            description = "Built-in topics and your tenant's own.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The topic.",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicDetail.class)))
    public Response getTopic(@Parameter(description = "The topic's id.") @PathParam("id") String id) {
        Topic topic = topics.get(id);
        return ETags.ok(TaxonomyMapper.toDetail(topic), topic.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updateTopic", summary = "Change a topic of your own",
            description = "Send If-Match with the ETag you read. Built-in topics cannot be changed (403).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The changed topic.",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicDetail.class)))
    @APIResponse(responseCode = "409", description = "Another topic has this code.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateTopic(@Parameter(description = "The topic's id.") @PathParam("id") String id,
                                @Parameter(description = "The ETag of the version you change.", required = true)
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @Valid TopicRequest request) {
        Topic topic = topics.update(id, ifMatch, TaxonomyMapper.toContent(request));
        return ETags.ok(TaxonomyMapper.toDetail(topic), topic.version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "deleteTopic", summary = "Delete a topic of your own",
            description = "Send If-Match with the ETag you read. Built-in topics cannot be deleted (403).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void deleteTopic(@Parameter(description = "The topic's id.") @PathParam("id") String id,
                            @Parameter(description = "The ETag of the version you delete.", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        topics.delete(id, ifMatch);
    }

}
