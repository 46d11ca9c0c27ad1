package io.pmi.questionbank.rest;

import io.pmi.platform.http.ETags;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.mapping.TaxonomyMapper;
import io.pmi.questionbank.repository.Topic;
import io.pmi.questionbank.rest.api.DimensionView;
import io.pmi.questionbank.rest.api.TopicDetail;
import io.pmi.questionbank.rest.api.TopicRequest;
import io.pmi.questionbank.service.TaxonomyService;
import io.pmi.questionbank.service.TopicService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dimensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy", description = "Dimensions (维度) and topics (子主题) of a performance-management interview.")
@Localized
@RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
public class DimensionResource {


    private final TaxonomyService taxonomy;
    private final TopicService topics;

    public DimensionResource(TaxonomyService taxonomy, TopicService topics) {
        this.taxonomy = taxonomy;
        this.topics = topics;
    }

    @GET
    @Operation(operationId = "listDimensions", summary = "List the dimensions with their topics",
            description = "The six dimensions of the interview in interview order, each with its topics, rendered "
                    + "in the language negotiated from Accept-Language.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The dimensions, paged.")
    public PageResponse<DimensionView> listDimensions(@Valid @BeanParam PageParams page,
                                                      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ContentLanguage language = ContentLanguage.negotiate(acceptLanguage);
        return PageResponse.ofAll(taxonomy.listDimensions(), page, d -> TaxonomyMapper.toView(d, language));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDimension", summary = "Get one dimension with its topics",
            description = "A dimension by its stable code, with its topics, in the negotiated language.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The dimension.")
    public DimensionView getDimension(
            @Parameter(description = "The dimension's code.", example = "FEEDBACK")
            @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String code,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return TaxonomyMapper.toView(taxonomy.getDimension(code), ContentLanguage.negotiate(acceptLanguage));
    }

    @POST
    @Path("/{code}/topics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createTopic", summary = "Add a topic of your own to a dimension",
            description = "Seen only by your tenant, next to the built-in topics. The code must be unique among the "
                    + "topics you see (409 otherwise).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            headers = {@Header(name = "Location", description = "The new topic's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = TopicResource.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicDetail.class)))
    @APIResponse(responseCode = "409", description = "A topic with this code exists.")
    public Response createTopic(
            @Parameter(description = "The dimension's code.", example = "COLLABORATION")
            @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String code,
            @NotNull @Valid TopicRequest request, @Context UriInfo uri) {
        Topic topic = topics.create(code, TaxonomyMapper.toContent(request));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/topics/{id}").build(topic.id),
                TaxonomyMapper.toDetail(topic), topic.version);
    }
}
