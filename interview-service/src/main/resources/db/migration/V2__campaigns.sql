-- Campaigns (访谈项目): what an HR team decides before interviewing (scope, period, locale, one guide per source
-- role, thresholds). The list filters by status or period in name order, so each filter has its index.

CREATE TABLE campaign (
    id                     VARCHAR(36)   NOT NULL,
    tenant_id              VARCHAR(64)   NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    description            VARCHAR(2000) NULL,
    period                 VARCHAR(7)    NOT NULL,
    locale                 VARCHAR(5)    NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    anonymity_threshold    INT           NOT NULL,
    completeness_threshold DOUBLE        NOT NULL,
    -- NULL: a third of each scale's range.
    gap_threshold          DOUBLE        NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(200)  NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    closed_at              DATETIME(6)   NULL,
    revision               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_campaign_tenant_name (tenant_id, name, id),
    KEY ix_campaign_tenant_status (tenant_id, status, name, id),
    KEY ix_campaign_tenant_period (tenant_id, period, name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The departments in scope, in the order given; none means the whole company.
CREATE TABLE campaign_department (
    campaign_id VARCHAR(36)  NOT NULL,
    position    INT          NOT NULL,
    department  VARCHAR(100) NOT NULL,
    PRIMARY KEY (campaign_id, position),
    CONSTRAINT fk_campaign_department_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One guide of the question bank per source role; version NULL: the latest published when an interview is planned.
CREATE TABLE campaign_guide (
    campaign_id VARCHAR(36)  NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    guide_id    VARCHAR(110) NOT NULL,
    version     INT          NULL,
    PRIMARY KEY (campaign_id, role),
    CONSTRAINT fk_campaign_guide_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
