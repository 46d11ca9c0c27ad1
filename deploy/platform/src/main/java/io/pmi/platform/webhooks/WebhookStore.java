package io.pmi.platform.webhooks;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The webhook tables, in plain JDBC on the service's data source: its connections join the caller's transaction, so
 * an event is written with the change it reports. Outside Hibernate, hence outside its tenant filter: every
 * statement that a tenant's request reaches names the tenant itself; the dispatcher's work across tenants is by the
 * ids it has claimed.
 */
@ApplicationScoped
@IfBuildProperty(name = "pmi.webhooks.enabled", stringValue = "true")
public class WebhookStore {

    static final String PENDING = "PENDING";
    private static final String SUBSCRIPTION_COLUMNS = "id, tenant_id, url, event_types, description, secret, "
            + "enabled, disabled_reason, version, created_at, updated_at";

    private final DataSource dataSource;

    public WebhookStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---- subscriptions

    public void insert(Subscription s) {
        update("INSERT INTO webhook_subscription (" + SUBSCRIPTION_COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.tenantId(), s.url(), String.join(",", s.events()), s.description(), s.secret(),
                s.enabled(), s.disabledReason(), s.version(), s.createdAt(), s.updatedAt());
    }

    public Optional<Subscription> find(String tenant, String id) {
        return query("SELECT " + SUBSCRIPTION_COLUMNS + " FROM webhook_subscription WHERE tenant_id = ? AND id = ?",
                WebhookStore::subscription, tenant, id).stream().findFirst();
    }

    public List<Subscription> list(String tenant, int page, int size) {
        return query("SELECT " + SUBSCRIPTION_COLUMNS + " FROM webhook_subscription WHERE tenant_id = ? "
                        + "ORDER BY created_at, id LIMIT ? OFFSET ?",
                WebhookStore::subscription, tenant, size, (long) page * size);
    }

    public long count(String tenant) {
        return query("SELECT COUNT(*) FROM webhook_subscription WHERE tenant_id = ?", r -> r.getLong(1), tenant)
                .get(0);
    }

    /** Writes {@code s} over the stored row of version {@code s.version() - 1}; false when that is not the one. */
    public boolean replace(Subscription s) {
        return update("UPDATE webhook_subscription SET url = ?, event_types = ?, description = ?, enabled = ?, "
                        + "disabled_reason = ?, version = ?, updated_at = ? "
                        + "WHERE tenant_id = ? AND id = ? AND version = ?",
                s.url(), String.join(",", s.events()), s.description(), s.enabled(), s.disabledReason(), s.version(),
                s.updatedAt(), s.tenantId(), s.id(), s.version() - 1) == 1;
    }

    /** Deletes the subscription with its pending deliveries and its attempts; false when there was none. */
    public boolean delete(String tenant, String id) {
        update("DELETE FROM webhook_attempt WHERE tenant_id = ? AND subscription_id = ?", tenant, id);
        update("DELETE FROM webhook_delivery WHERE tenant_id = ? AND subscription_id = ?", tenant, id);
        return update("DELETE FROM webhook_subscription WHERE tenant_id = ? AND id = ?", tenant, id) == 1;
    }

    /**
     * The tenant's subscriptions to {@code type}, disabled ones included: their events wait, and go out in order
     * once the subscription is enabled again.
     */
    public List<String> subscribersOf(String tenant, String type) {
        return query("SELECT id, event_types FROM webhook_subscription WHERE tenant_id = ?",
                r -> Arrays.asList(r.getString(2).split(",")).contains(type) ? r.getString(1) : null, tenant)
                .stream().filter(id -> id != null).toList();
    }

    // ---- the outbox

    /** The event and one pending delivery per subscriber, due at once. */
    public void insertEvent(String tenant, String id, String type, String subjectKey, String payload, Instant at,
                            List<String> subscribers) {
        update("INSERT INTO webhook_event (id, tenant_id, type, subject_key, payload, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, tenant, type, subjectKey, payload, at);
        for (String subscriber : subscribers) {
            update("INSERT INTO webhook_delivery (tenant_id, event_id, subscription_id, subject_key, status, attempts, "
                            + "next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    tenant, id, subscriber, subjectKey, at, at);
        }
    }

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil}, in event order, skipping rows another
     * replica has locked: due (its time has come, no live lease), its subscription enabled, and no earlier event of
     * the same subscription and subject still pending, so that each pair's events go out one after another. Call
     * in a transaction of its own: the lease is what holds the rows once it commits.
     */
    public List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        List<Long> ids = query("SELECT d.id FROM webhook_delivery d "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? "
                        + "AND (d.lease_until IS NULL OR d.lease_until <= ?) "
                        + "AND EXISTS (SELECT 1 FROM webhook_subscription s "
                        + "WHERE s.id = d.subscription_id AND s.enabled = TRUE) "
                        + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery e "
                        + "WHERE e.subscription_id = d.subscription_id "
                        + "AND e.subject_key = d.subject_key AND e.status = 'PENDING' AND e.id < d.id) "
                        + "ORDER BY d.id LIMIT ? FOR UPDATE SKIP LOCKED",
                r -> r.getLong(1), now, now, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        update("UPDATE webhook_delivery SET lease_until = ? WHERE id IN (" + in + ")", concat(leaseUntil, ids));
        return query("SELECT d.id, d.tenant_id, d.subscription_id, s.url, s.secret, e.id, e.type, e.payload, "
                        + "d.attempts "
                        + "FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id "
                        + "JOIN webhook_subscription s ON s.id = d.subscription_id "
                        + "WHERE d.id IN (" + in + ") ORDER BY d.id",
                r -> new Claimed(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getInt(9)),
                ids.toArray());
    }

    /**
     * Records an attempt and where the delivery stands after it: DELIVERED or FAILED for good, or PENDING again
     * from {@code nextAttemptAt}; a 410 also disables the subscription.
     */
    public void recordAttempt(Claimed delivery, Instant at, Integer statusCode, String error, int durationMs,
                              Attempt.Outcome outcome, Instant nextAttemptAt) {
        String status = switch (outcome) {
            case DELIVERED -> "DELIVERED";
            case FAILED -> "FAILED";
            case RETRYING, DISABLED -> PENDING;
        };
        Instant finished = status.equals(PENDING) ? null : at;
        int updated = update("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, lease_until = NULL, "
                        + "next_attempt_at = ?, finished_at = ? WHERE id = ?",
                status, nextAttemptAt == null ? at : nextAttemptAt, finished, delivery.deliveryId());
        if (updated == 0) {
            // The subscription was deleted while the attempt was under way: nothing is left to record it for.
            return;
        }
        update("INSERT INTO webhook_attempt (tenant_id, subscription_id, delivery_id, event_id, event_type, attempt, "
                        + "attempted_at, status_code, error, duration_ms, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                delivery.tenantId(), delivery.subscriptionId(), delivery.deliveryId(), delivery.eventId(),
                delivery.eventType(), delivery.attemptsMade() + 1, at, statusCode, error, durationMs, outcome.name());
        if (outcome == Attempt.Outcome.DISABLED) {
            update("UPDATE webhook_subscription SET enabled = FALSE, disabled_reason = ?, version = version + 1, "
                            + "updated_at = ? WHERE id = ?",
                    "The receiver answered 410 Gone at " + at + "; enable the subscription again to resume.", at,
                    delivery.subscriptionId());
        }
    }

    public List<Attempt> attempts(String tenant, String subscriptionId, int page, int size) {
        return query("SELECT event_id, event_type, attempt, attempted_at, status_code, error, duration_ms, outcome "
                        + "FROM webhook_attempt WHERE tenant_id = ? AND subscription_id = ? "
                        + "ORDER BY id DESC LIMIT ? OFFSET ?",
                r -> new Attempt(r.getString(1), r.getString(2), r.getInt(3), instant(r, 4),
                        (Integer) r.getObject(5, Integer.class), r.getString(6), r.getInt(7),
                        Attempt.Outcome.valueOf(r.getString(8))),
                tenant, subscriptionId, size, (long) page * size);
    }

    public long countAttempts(String tenant, String subscriptionId) {
        return query("SELECT COUNT(*) FROM webhook_attempt WHERE tenant_id = ? AND subscription_id = ?",
                r -> r.getLong(1), tenant, subscriptionId).get(0);
    }

    /**
     * Forgets up to {@code limit} finished deliveries, with their attempts, and events none of whose deliveries is
     * left, that finished before {@code before}; answers the deliveries removed.
     */
    public int purge(Instant before, int limit) {
        List<Long> ids = query("SELECT id FROM webhook_delivery WHERE status <> 'PENDING' AND finished_at < ? "
                + "ORDER BY id LIMIT ?", r -> r.getLong(1), before, limit);
        if (!ids.isEmpty()) {
            String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
            update("DELETE FROM webhook_attempt WHERE delivery_id IN (" + in + ")", ids.toArray());
            update("DELETE FROM webhook_delivery WHERE id IN (" + in + ")", ids.toArray());
        }
        update("DELETE FROM webhook_event WHERE created_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM webhook_delivery d WHERE d.event_id = webhook_event.id) LIMIT " + limit, before);
        return ids.size();
    }

    // ---- JDBC

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row.read(rows));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook store: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook store: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static Object[] concat(Object first, List<?> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Subscription subscription(ResultSet r) throws SQLException {
        return new Subscription(r.getString(1), r.getString(2), r.getString(3),
                List.of(r.getString(4).split(",")), r.getString(5), r.getString(6), r.getBoolean(7), r.getString(8),
                r.getLong(9), instant(r, 10), instant(r, 11));
    }
}
