-- Verification reports per subject and campaign. A report keeps what it was computed from (input_json: the
-- interviews as exported, the performance records, the campaign's thresholds, the names); the analysis is a pure
-- function of it, computed when the report is read, so that an interview that leaves the exports leaves the
-- report by being taken out of its input. JSON is stored as LONGTEXT, which MySQL 8, MariaDB and TiDB all accept.

CREATE TABLE report (
    id                  VARCHAR(36)  NOT NULL,
    tenant_id           VARCHAR(64)  NOT NULL,
    campaign_id         VARCHAR(36)  NOT NULL,
    subject_external_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    -- 1 for a subject's first report in a campaign, then one more for each generation.
    report_version      INT          NOT NULL,
    partial_because     VARCHAR(200) NULL,
    -- Set when an interview it used left the exports: the report was computed again without it.
    stale_at            DATETIME(6)  NULL,
    input_json          LONGTEXT     NOT NULL,
    generated_by        VARCHAR(200) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_version (tenant_id, campaign_id, subject_external_id, report_version),
    KEY ix_report_subject (tenant_id, subject_external_id, created_at, id),
    KEY ix_report_created (tenant_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The interviews each report used: which reports an interview that left the exports touches.
CREATE TABLE report_interview (
    report_id    VARCHAR(36) NOT NULL,
    interview_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (report_id, interview_id),
    -- Interview ids are UUIDs, unique across tenants; the report row carries the tenant.
    KEY ix_report_interview_interview (interview_id, report_id),
    CONSTRAINT fk_report_interview_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The subject's managers upward when the report was generated: who of them may read its MANAGER audience.
CREATE TABLE report_reader (
    report_id           VARCHAR(36)  NOT NULL,
    manager_external_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (report_id, manager_external_id),
    -- External ids repeat across tenants: a query joins the report row, which carries the tenant.
    KEY ix_report_reader_manager (manager_external_id, report_id),
    CONSTRAINT fk_report_reader_report FOREIGN KEY (report_id) REFERENCES report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far the withdrawal poll has read interview-service's feed, per tenant.
CREATE TABLE withdrawal_cursor (
    tenant_id  VARCHAR(64) NOT NULL,
    read_until DATETIME(6) NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
