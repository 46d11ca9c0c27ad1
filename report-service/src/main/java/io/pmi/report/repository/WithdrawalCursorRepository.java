package io.pmi.report.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * How far the withdrawal poll has read interview-service's feed, per tenant, and which tenants have reports.
 * Native statements: they are the poll's own bookkeeping across tenants, so the tenant filter (which knows only a
 * caller's tenant) does not apply, and each names the tenant itself.
 */
@ApplicationScoped
public class WithdrawalCursorRepository {

    private final EntityManager entityManager;

    public WithdrawalCursorRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every tenant with at least one report (the unique key's first column serves it). */
    @SuppressWarnings("unchecked")
    public List<String> tenantsWithReports() {
        return entityManager.createNativeQuery("select distinct tenant_id from report order by tenant_id")
                .getResultList();
    }

    public Optional<Instant> readUntil(String tenant) {
        List<?> found = entityManager.createNativeQuery("select read_until from withdrawal_cursor where tenant_id = ?1")
                .setParameter(1, tenant).getResultList();
        return found.stream().findFirst().map(WithdrawalCursorRepository::instant);
    }

    /** DATETIME as the driver hands it out; the schema's times are UTC (quarkus.hibernate-orm.jdbc.timezone). */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    public void save(String tenant, Instant readUntil) {
        entityManager.createNativeQuery("insert into withdrawal_cursor (tenant_id, read_until) values (?1, ?2) "
                        + "on duplicate key update read_until = values(read_until)")
                .setParameter(1, tenant).setParameter(2, LocalDateTime.ofInstant(readUntil, ZoneOffset.UTC)).executeUpdate();
    }
}
