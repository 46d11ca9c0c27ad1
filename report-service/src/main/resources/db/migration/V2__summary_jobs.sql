-- Campaign summaries are jobs: their state lives here, not in a replica's memory, so that any replica answers a
-- job's status, and a job whose replica stopped (its heartbeat older than pmi.report.summary-orphaned-after) is
-- seen as FAILED. result_json is the summary once DONE; LONGTEXT, which MySQL 8, MariaDB and TiDB all accept.

CREATE TABLE summary_job (
    id               VARCHAR(36)   NOT NULL,
    tenant_id        VARCHAR(64)   NOT NULL,
    campaign_id      VARCHAR(36)   NOT NULL,
    -- RUNNING, then DONE or FAILED.
    status           VARCHAR(16)   NOT NULL,
    language         VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(200)  NOT NULL,
    -- The replica that runs it (host and start), for a stop that fails its own jobs at once.
    runner           VARCHAR(200)  NOT NULL,
    interviews_total INT           NULL,
    interviews_done  INT           NOT NULL,
    subjects_done    INT           NOT NULL,
    result_json      LONGTEXT      NULL,
    failure_code     VARCHAR(64)   NULL,
    failure_detail   VARCHAR(1000) NULL,
    heartbeat_at     DATETIME(6)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    finished_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- A campaign's running job (a second request joins it) and its jobs newest first.
    KEY ix_summary_job_campaign (tenant_id, campaign_id, status, created_at, id),
    KEY ix_summary_job_runner (runner, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
