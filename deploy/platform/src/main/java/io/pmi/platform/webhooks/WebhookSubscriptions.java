package io.pmi.platform.webhooks;

import io.pmi.platform.http.ETags;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The caller's tenant's subscriptions: one transaction per write, the tenant named in every statement. */
@ApplicationScoped
@IfBuildProperty(name = "pmi.webhooks.enabled", stringValue = "true")
public class WebhookSubscriptions {

    /** A page of subscriptions or of attempts, with the total. */
    public record Page<T>(List<T> items, long total) {
    }

    private static final String DISABLED_BY_USER = "Disabled by a user.";

    private final WebhookStore store;
    private final CurrentTenant tenant;
    private final List<String> known;
    private final TargetPolicy targets;
    private final SecureRandom random = new SecureRandom();

    public WebhookSubscriptions(WebhookStore store, CurrentTenant tenant, WebhookConfig config) {
        this.store = store;
        this.tenant = tenant;
        this.known = config.eventTypes().orElse(List.of());
        this.targets = TargetPolicy.of(config);
    }

    public List<String> eventTypes() {
        return known;
    }

    @Transactional
    public Subscription create(String url, List<String> events, String description, boolean enabled) {
        check(url, events, description);
        Instant now = now();
        Subscription created = new Subscription(UUID.randomUUID().toString(), tenant.id(), url, events, description,
                WebhookSignature.newSecret(random), enabled, enabled ? null : DISABLED_BY_USER, 1, now, now);
        store.insert(created);
        return created;
    }

    @Transactional
    public Subscription get(String id) {
        return store.find(tenant.id(), id).orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    @Transactional
    public Page<Subscription> list(int page, int size) {
        String owner = tenant.id();
        return new Page<>(store.list(owner, page, size), store.count(owner));
    }

    /** Replaces the settings; enabling a disabled subscription resumes its waiting deliveries, in order. */
    @Transactional
    public Subscription update(String id, String ifMatch, String url, List<String> events, String description,
                               boolean enabled) {
        Subscription current = get(id);
        ETags.requireMatch(ifMatch, current.version());
        check(url, events, description);
        Subscription changed = new Subscription(id, current.tenantId(), url, events, description, current.secret(),
                enabled, enabled ? null : current.enabled() ? DISABLED_BY_USER : current.disabledReason(),
                current.version() + 1, current.createdAt(), now());
        if (!store.replace(changed)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The webhook changed while this change was "
                    + "made: read it again and reapply your change.");
        }
        return changed;
    }

    @Transactional
    public void delete(String id) {
        if (!store.delete(tenant.id(), id)) {
            throw ProblemException.notFound("Webhook", id);
        }
    }

    @Transactional
    public Page<Attempt> attempts(String id, int page, int size) {
        String owner = get(id).tenantId();
        return new Page<>(store.attempts(owner, id, page, size), store.countAttempts(owner, id));
    }

    private void check(String url, List<String> events, String description) {
        List<FieldError> errors = WebhookRules.errors(url, events, description, known, targets);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
