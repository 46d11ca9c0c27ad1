-- Webhooks (platform: interview-service and report-service). The platform owns these tables and migrates them with
-- a history of its own (flyway_platform_history, WebhookSchema), so that they evolve apart from each service's
-- migrations. Every row carries tenant_id; the statements of WebhookStore write the tenant condition themselves.

CREATE TABLE webhook_subscription (
    id              VARCHAR(36)   NOT NULL,
    tenant_id       VARCHAR(64)   NOT NULL,
    url             VARCHAR(2048) NOT NULL,
    -- The event types, comma-separated (a handful of short names).
    event_types     VARCHAR(1000) NOT NULL,
    description     VARCHAR(500)  NULL,
    -- whsec_ + base64 of 32 random bytes: the receiver needs it to verify, so it is kept as it was shown.
    secret          VARCHAR(100)  NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    disabled_reason VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- The list (creation order) and the fan-out of an event to the tenant's subscriptions.
    KEY ix_webhook_subscription_tenant (tenant_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: one row per event, written in the transaction of the change it reports; payload is the body exactly
-- as every attempt sends it (ids only, no personal data).
CREATE TABLE webhook_event (
    id          VARCHAR(40)  NOT NULL,
    tenant_id   VARCHAR(64)  NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    subject_key VARCHAR(200) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_event_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per event and subscription, written with the event. The id's order is the order of events, which the
-- dispatcher keeps per subscription and subject: a row is due only when no earlier one of the same pair is PENDING.
CREATE TABLE webhook_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64)  NOT NULL,
    event_id        VARCHAR(40)  NOT NULL,
    subscription_id VARCHAR(36)  NOT NULL,
    subject_key     VARCHAR(200) NOT NULL,
    -- PENDING, then DELIVERED or FAILED (the retry schedule ran out).
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    -- Set while a replica sends it: another replica leaves it alone until then.
    lease_until     DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    finished_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    -- The due rows, oldest first.
    KEY ix_webhook_delivery_due (status, next_attempt_at, id),
    -- Whether an earlier row of the same subscription and subject is still pending.
    KEY ix_webhook_delivery_order (subscription_id, subject_key, status, id),
    KEY ix_webhook_delivery_event (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every attempt, for GET /webhooks/{id}/deliveries: when, and the receiver's status code or the error.
CREATE TABLE webhook_attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(64)   NOT NULL,
    subscription_id VARCHAR(36)   NOT NULL,
    delivery_id     BIGINT        NOT NULL,
    event_id        VARCHAR(40)   NOT NULL,
    event_type      VARCHAR(64)   NOT NULL,
    attempt         INT           NOT NULL,
    attempted_at    DATETIME(6)   NOT NULL,
    status_code     INT           NULL,
    error           VARCHAR(500)  NULL,
    duration_ms     INT           NOT NULL,
    -- DELIVERED, RETRYING, FAILED or DISABLED (a 410 turned the subscription off).
    outcome         VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_attempt_subscription (tenant_id, subscription_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
