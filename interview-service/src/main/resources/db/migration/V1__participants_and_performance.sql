-- Participants synced from an HRIS and their performance history.
-- Keys the HRIS sends (external ids, periods, indicator names) are compared byte for byte (utf8mb4_bin), as the
-- service compares them: 'E100' and 'e100' are two employees. Names and departments keep the case-insensitive
-- collation of everything else, so that filtering by department forgives case.

CREATE TABLE participant (
    id                  VARCHAR(36)  NOT NULL,
    tenant_id           VARCHAR(64)  NOT NULL,
    external_id         VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name                VARCHAR(200) NULL,
    email               VARCHAR(254) NULL,
    department          VARCHAR(200) NULL,
    position            VARCHAR(200) NULL,
    manager_external_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    employment_status   VARCHAR(20)  NULL,
    -- Set when the participant's personal data was erased: the row stays as a tombstone of the external id.
    erased_at           DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_participant_tenant_external (tenant_id, external_id),
    -- One index per filter of the list, each in the list's order (external id; the primary key follows).
    KEY ix_participant_tenant_erased (tenant_id, erased_at, external_id),
    KEY ix_participant_tenant_department (tenant_id, department, external_id),
    KEY ix_participant_tenant_manager (tenant_id, manager_external_id, external_id),
    KEY ix_participant_tenant_status (tenant_id, employment_status, external_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE performance_record (
    id             VARCHAR(36)   NOT NULL,
    tenant_id      VARCHAR(64)   NOT NULL,
    participant_id VARCHAR(36)   NOT NULL,
    period         VARCHAR(7)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- The period's first and last day, for ordering and range queries.
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    indicator      VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    target         DECIMAL(19,4) NULL,
    actual         DECIMAL(19,4) NULL,
    unit           VARCHAR(32)   NULL,
    direction      VARCHAR(20)   NOT NULL,
    rating         VARCHAR(50)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_performance_record_key (tenant_id, participant_id, period, indicator),
    KEY ix_performance_record_range (tenant_id, participant_id, period_start, period_end),
    -- The foreign key's own index (InnoDB would add one anyway): erasure deletes by participant.
    KEY ix_performance_record_participant (participant_id),
    CONSTRAINT fk_performance_record_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
