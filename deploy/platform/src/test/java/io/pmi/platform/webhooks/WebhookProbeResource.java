package io.pmi.platform.webhooks;

import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A change that announces {@code probe.happened}, as a service's command does; exists only in these tests. */
@Path("/probe/webhooks")
@PermitAll
@Produces(MediaType.TEXT_PLAIN)
public class WebhookProbeResource {

    private final WebhookOutbox outbox;

    public WebhookProbeResource(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes one event; with {@code refuse}, the change is then refused (409) and its transaction rolls back. */
    @POST
    @Transactional
    public String happen(@QueryParam("tenant") String tenant, @QueryParam("subject") String subject,
                         @QueryParam("refuse") boolean refuse) {
        String id = outbox.publish(tenant, "probe.happened", subject, Map.of("subjectId", subject));
        if (refuse) {
            throw new ProblemException(ProblemType.CONFLICT, "Refused after announcing " + id);
        }
        return id == null ? "" : id;
    }
}
