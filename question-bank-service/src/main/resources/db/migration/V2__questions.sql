-- Questions with their content versions, the measures they share, and a character-bigram index for text search.
-- A question row holds what the API filters and sorts by; the content of each version (texts per locale, role
-- variants, options, scale, probes, intent) is a JSON document in question_version, immutable once a newer
-- version exists. JSON is kept in LONGTEXT so that MariaDB and MySQL 8 accept the same schema.

CREATE TABLE measure (
    id           VARCHAR(110) NOT NULL,
    tenant_id    VARCHAR(64)  NOT NULL,
    measure_key  VARCHAR(100) NOT NULL,
    dimension_id VARCHAR(36)  NOT NULL,
    topic_id     VARCHAR(36)  NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    answer_spec  LONGTEXT     NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_measure_tenant_key (tenant_id, measure_key),
    KEY ix_measure_dimension (dimension_id),
    CONSTRAINT fk_measure_dimension FOREIGN KEY (dimension_id) REFERENCES dimension (id),
    CONSTRAINT fk_measure_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question (
    id              VARCHAR(110) NOT NULL,
    tenant_id       VARCHAR(64)  NOT NULL,
    question_key    VARCHAR(100) NOT NULL,
    dimension_id    VARCHAR(36)  NOT NULL,
    topic_id        VARCHAR(36)  NOT NULL,
    measure_key     VARCHAR(100) NOT NULL,
    type            VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    content_version INT          NOT NULL,
    copied_from     VARCHAR(120) NULL,
    search_text     TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    revision        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_tenant_key (tenant_id, question_key),
    KEY ix_question_tenant_dimension (tenant_id, dimension_id, question_key),
    KEY ix_question_tenant_topic (tenant_id, topic_id, question_key),
    KEY ix_question_tenant_measure (tenant_id, measure_key, question_key),
    KEY ix_question_tenant_type (tenant_id, type, question_key),
    KEY ix_question_tenant_status (tenant_id, status, question_key),
    CONSTRAINT fk_question_dimension FOREIGN KEY (dimension_id) REFERENCES dimension (id),
    CONSTRAINT fk_question_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roles a question's current version is asked of, for the role filter and the measures' roles.
CREATE TABLE question_role (
    question_id VARCHAR(110) NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (question_id, role),
    KEY ix_question_role_role (role, question_id),
    CONSTRAINT fk_question_role_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_version (
    id          VARCHAR(120) NOT NULL,
    tenant_id   VARCHAR(64)  NOT NULL,
    question_id VARCHAR(110) NOT NULL,
    number      INT          NOT NULL,
    content     LONGTEXT     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_question_version_number (question_id, number),
    CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Character bigrams of a question's current texts (lower-cased, punctuation folded to a space, a trailing space
-- added so that every character starts one bigram). A query's bigrams must all be present; the candidates are
-- then confirmed against search_text. Works for Chinese without word segmentation and on MariaDB and MySQL alike.
CREATE TABLE question_term (
    tenant_id   VARCHAR(64) NOT NULL,
    term        VARCHAR(2)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    question_id VARCHAR(110) NOT NULL,
    PRIMARY KEY (tenant_id, term, question_id),
    KEY ix_question_term_question (question_id),
    CONSTRAINT fk_question_term_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
