package io.pmi.platform.webhooks;

import io.pmi.platform.http.ETags;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
@IfBuildProperty(name = "pmi.webhooks.enabled", stringValue = "true")
@Tag(name = "Webhooks", description = "Events sent to your systems as they happen, signed per Standard Webhooks "
        + "(standardwebhooks.com): POST with headers webhook-id (the event's id, the same on every retry: deduplicate "
        + "by it), webhook-timestamp (Unix seconds) and webhook-signature (v1, and the base64 HMAC-SHA256, keyed "
        + "with the base64 part of the secret, of \"{webhook-id}.{webhook-timestamp}.{body}\"; refuse a timestamp "
        + "more than 5 minutes off). The body is {\"type\", \"timestamp\", \"data\"} with ids only, never personal "
        + "data. Answer 2xx within 10 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, "
        + "20 h and 24 h, and a 410 disables the subscription. Events of one subject reach a subscription in the "
        + "order they happened, each at least once.")
public class WebhookResource {

    static final String ETAG = "The subscription's version, for If-Match.";

    private final WebhookSubscriptions subscriptions;

    public WebhookResource(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types this service publishes",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "200", description = "The event types.")
    public WebhookEventTypesView listWebhookEventTypes() {
        return new WebhookEventTypesView(subscriptions.eventTypes());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions",
            description = "The tenant's subscriptions, oldest first (id as tie-breaker), without their secrets.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of subscriptions.")
    public PageResponse<WebhookView> listWebhooks(@Valid @BeanParam PageParams page) {
        WebhookSubscriptions.Page<Subscription> found = subscriptions.list(page.page, page.size);
        return new PageResponse<>(found.items().stream().map(s -> WebhookView.of(s, false)).toList(), found.total(),
                page.page, page.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe to events",
            description = "Created enabled unless enabled is false. The response carries the signing secret, which "
                    + "is never shown again. Events that happen from now on are sent; earlier ones are not.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            headers = {@Header(name = "Location", description = "The new subscription's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "An invalid URL or event type (code target-refused for a "
            + "private or plain-http target); errors lists each at its JSON path.")
    public Response createWebhook(@NotNull WebhookRequest request, @Context UriInfo uri) {
        Subscription created = subscriptions.create(request.url(), request.events(), request.description(),
                request.enabled() == null || request.enabled());
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/webhooks/{id}").build(created.id()),
                WebhookView.of(created, true), created.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "200", description = "The subscription, without its secret.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    public Response getWebhook(@Parameter(description = "The subscription's id.") @PathParam("id") String id) {
        Subscription found = subscriptions.get(id);
        return ETags.ok(WebhookView.of(found, false), found.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook subscription",
            description = "Replaces URL, events, description and enabled (left out: enabled). Enabling a disabled "
                    + "subscription sends the events that waited, in order. The secret stays.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "200", description = "The changed subscription.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "An invalid URL or event type; errors lists each at its JSON "
            + "path.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateWebhook(@Parameter(description = "The subscription's id.") @PathParam("id") String id,
                                  @Parameter(description = "The ETag you read.", required = true)
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull WebhookRequest request) {
        Subscription changed = subscriptions.update(id, ifMatch, request.url(), request.events(),
                request.description(), request.enabled() == null || request.enabled());
        return ETags.ok(WebhookView.of(changed, false), changed.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Its events not yet delivered are dropped, with its delivery history.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteWebhook(@Parameter(description = "The subscription's id.") @PathParam("id") String id) {
        subscriptions.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery attempts",
            description = "Every attempt, newest first: the event, when, and the receiver's status code or the "
                    + "error. Kept for 30 days after the delivery finished (pmi.webhooks.retention).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTEGRATION, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of attempts.")
    public PageResponse<WebhookDeliveryView> listWebhookDeliveries(
            @Parameter(description = "The subscription's id.") @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        WebhookSubscriptions.Page<Attempt> found = subscriptions.attempts(id, page.page, page.size);
        return new PageResponse<>(found.items().stream().map(WebhookDeliveryView::of).toList(), found.total(),
                page.page, page.size);
    }
}
