-- Interviews: planned from a campaign's guide (snapshotted from the question bank), prepared, run with consent,
-- answers, emotion notes and questions asked on the spot, completed or cancelled; and the audit log of every read
-- and change of an interview record. Participants are referenced by their HRIS external id, compared byte for byte.

CREATE TABLE interview (
    id                      VARCHAR(36)   NOT NULL,
    tenant_id               VARCHAR(64)   NOT NULL,
    campaign_id             VARCHAR(36)   NOT NULL,
    subject_external_id     VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    interviewee_external_id VARCHAR(128)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    source_role             VARCHAR(20)   NOT NULL,
    interviewer_id          VARCHAR(200)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    scheduled_at            DATETIME(6)   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    -- '' while the interview is live, its own id once cancelled: one live interview per campaign, subject,
    -- interviewee and role, held by a unique key that MySQL, MariaDB and TiDB all enforce.
    live_slot               VARCHAR(36)   NOT NULL,
    guide_id                VARCHAR(110)  NOT NULL,
    guide_version           INT           NOT NULL,
    locale                  VARCHAR(10)   NOT NULL,
    -- The guide's opening script (the confidentiality statement), as consent records it: JSON by locale.
    opening                 LONGTEXT      NOT NULL,
    role_override_reason    VARCHAR(500)  NULL,
    background_reviewed     BOOLEAN       NOT NULL DEFAULT FALSE,
    department_understood   BOOLEAN       NOT NULL DEFAULT FALSE,
    past_reviewed           BOOLEAN       NOT NULL DEFAULT FALSE,
    preparation_notes       VARCHAR(2000) NULL,
    preparation_version     BIGINT        NULL,
    -- The checklist as it was when the interview started (the seed's 缺乏准备 pitfall): NULL before the start.
    start_checklist         VARCHAR(100)  NULL,
    consent_locale          VARCHAR(10)   NULL,
    consent_text_version    VARCHAR(120)  NULL,
    consent_text_hash       VARCHAR(64)   NULL,
    consented_at            DATETIME(6)   NULL,
    consent_version         BIGINT        NULL,
    withdrawn_at            DATETIME(6)   NULL,
    withdrawal_reason       VARCHAR(500)  NULL,
    -- Set when the interview leaves every export: consent withdrawn or the interviewee erased.
    excluded_at             DATETIME(6)   NULL,
    exclusion_reason        VARCHAR(20)   NULL,
    prepared_at             DATETIME(6)   NULL,
    started_at              DATETIME(6)   NULL,
    completed_at            DATETIME(6)   NULL,
    completion_override     VARCHAR(500)  NULL,
    cancelled_at            DATETIME(6)   NULL,
    cancel_reason           VARCHAR(500)  NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_interview_live (tenant_id, campaign_id, subject_external_id, interviewee_external_id, source_role,
                                  live_slot),
    KEY ix_interview_campaign_subject (tenant_id, campaign_id, subject_external_id, scheduled_at, id),
    KEY ix_interview_campaign_scheduled (tenant_id, campaign_id, scheduled_at, id),
    KEY ix_interview_interviewer (tenant_id, interviewer_id, scheduled_at, id),
    KEY ix_interview_interviewee (tenant_id, interviewee_external_id, scheduled_at, id),
    KEY ix_interview_subject (tenant_id, subject_external_id, scheduled_at, id),
    KEY ix_interview_status (tenant_id, status, scheduled_at, id),
    KEY ix_interview_scheduled (tenant_id, scheduled_at, id),
    -- The export walks a campaign's completed interviews in completion order; the cursor is (completed_at, id).
    KEY ix_interview_export (tenant_id, campaign_id, status, completed_at, id),
    KEY ix_interview_excluded (tenant_id, excluded_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The interview's questions: the guide version's, worded for the source role, and those asked on the spot.
CREATE TABLE interview_question (
    interview_id  VARCHAR(36)  NOT NULL,
    question_key  VARCHAR(120) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    tenant_id     VARCHAR(64)  NOT NULL,
    position      INT          NOT NULL,
    question_id   VARCHAR(110) NULL,
    question_version INT       NULL,
    dimension     VARCHAR(64)  NOT NULL,
    topic         VARCHAR(64)  NULL,
    measure       VARCHAR(100) NULL,
    type          VARCHAR(20)  NOT NULL,
    text          LONGTEXT     NOT NULL,
    options       LONGTEXT     NULL,
    scale_min     INT          NULL,
    scale_max     INT          NULL,
    probes        LONGTEXT     NULL,
    required      BOOLEAN      NOT NULL,
    asked_on_spot BOOLEAN      NOT NULL,
    lint_findings LONGTEXT     NULL,
    PRIMARY KEY (interview_id, question_key),
    KEY ix_interview_question_position (interview_id, position),
    CONSTRAINT fk_interview_question_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE answer (
    id           VARCHAR(36)   NOT NULL,
    tenant_id    VARCHAR(64)   NOT NULL,
    interview_id VARCHAR(36)   NOT NULL,
    question_key VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    text         TEXT          NULL,
    scale_value  INT           NULL,
    choices      VARCHAR(2000) NULL,
    comment      TEXT          NULL,
    follow_ups   LONGTEXT      NULL,
    vague        BOOLEAN       NOT NULL,
    stance       VARCHAR(20)   NULL,
    tags         VARCHAR(2000) NULL,
    -- Set when the text, comment and follow-up answers were removed (consent withdrawn, interviewee erased).
    redacted_at  DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_answer_question (interview_id, question_key),
    CONSTRAINT fk_answer_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE emotion_note (
    id           VARCHAR(36)   NOT NULL,
    tenant_id    VARCHAR(64)   NOT NULL,
    interview_id VARCHAR(36)   NOT NULL,
    question_key VARCHAR(120)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    emotion      VARCHAR(20)   NOT NULL,
    intensity    INT           NOT NULL,
    acknowledged BOOLEAN       NOT NULL,
    note         VARCHAR(2000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_emotion_note_interview (interview_id, created_at, id),
    CONSTRAINT fk_emotion_note_interview FOREIGN KEY (interview_id) REFERENCES interview (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: rows are inserted, never updated or deleted by the service.
CREATE TABLE audit_event (
    id           VARCHAR(36)  NOT NULL,
    tenant_id    VARCHAR(64)  NOT NULL,
    actor        VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    interview_id VARCHAR(36)  NULL,
    detail       VARCHAR(500) NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_interview (tenant_id, interview_id, occurred_at, id),
    KEY ix_audit_event_actor (tenant_id, actor, occurred_at, id),
    KEY ix_audit_event_time (tenant_id, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
