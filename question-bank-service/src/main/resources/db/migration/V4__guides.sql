-- Interview guides (访谈提纲). The working copy of a guide is edited freely; publishing freezes it as a version
-- with every question pinned at its current version and copied in full, which is what interviews snapshot.

CREATE TABLE guide (
    id                VARCHAR(110) NOT NULL,
    tenant_id         VARCHAR(64)  NOT NULL,
    guide_key         VARCHAR(100) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    published_version INT          NULL,
    content           LONGTEXT     NOT NULL,
    copied_from       VARCHAR(120) NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    revision          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_guide_tenant_key (tenant_id, guide_key),
    KEY ix_guide_tenant_role (tenant_id, role, guide_key),
    KEY ix_guide_tenant_status (tenant_id, status, guide_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The questions a guide's working copy names, so that a question in use is not deleted.
CREATE TABLE guide_question (
    guide_id    VARCHAR(110) NOT NULL,
    question_id VARCHAR(110) NOT NULL,
    PRIMARY KEY (guide_id, question_id),
    KEY ix_guide_question_question (question_id),
    CONSTRAINT fk_guide_question_guide FOREIGN KEY (guide_id) REFERENCES guide (id) ON DELETE CASCADE,
    CONSTRAINT fk_guide_question_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guide_version (
    id           VARCHAR(120) NOT NULL,
    tenant_id    VARCHAR(64)  NOT NULL,
    guide_id     VARCHAR(110) NOT NULL,
    number       INT          NOT NULL,
    snapshot     LONGTEXT     NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_guide_version_number (guide_id, number),
    CONSTRAINT fk_guide_version_guide FOREIGN KEY (guide_id) REFERENCES guide (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
