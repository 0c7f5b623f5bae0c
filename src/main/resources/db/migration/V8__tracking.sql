-- Tracking: realisations per indicator and sub-period with evidence, daily progress, reopened sub-periods,
-- feedback threads, performance dialogues, notifications, idempotent pushes and single-node scheduled jobs.

CREATE TABLE realisation (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    plan_id       BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    indicator_id  BIGINT        NOT NULL REFERENCES result_indicator (id) ON DELETE CASCADE,
    sub_period    INTEGER       NOT NULL CHECK (sub_period BETWEEN 1 AND 12),
    value         NUMERIC(18, 4),
    text_value    VARCHAR(2000),
    note          VARCHAR(2000),
    source        VARCHAR(10)   NOT NULL DEFAULT 'WEB' CHECK (source IN ('WEB', 'API', 'PROGRESS')),
    source_label  VARCHAR(120),
    review_status VARCHAR(16)   NOT NULL DEFAULT 'PENDING' CHECK (review_status IN ('PENDING', 'REVIEWED', 'NEEDS_EVIDENCE')),
    recorded_by   VARCHAR(120)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version       INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (indicator_id, sub_period)
);
CREATE INDEX realisation_plan_idx ON realisation (plan_id, sub_period);
CREATE INDEX realisation_review_idx ON realisation (agency_id, review_status);

-- Daily progress entries roll up into the sub-period's realisation.
CREATE TABLE progress_entry (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    plan_id       BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    indicator_id  BIGINT        NOT NULL REFERENCES result_indicator (id) ON DELETE CASCADE,
    entry_date    DATE          NOT NULL,
    sub_period    INTEGER       NOT NULL CHECK (sub_period BETWEEN 1 AND 12),
    value         NUMERIC(18, 4),
    note          VARCHAR(2000),
    source        VARCHAR(10)   NOT NULL DEFAULT 'WEB' CHECK (source IN ('WEB', 'API')),
    source_label  VARCHAR(120),
    recorded_by   VARCHAR(120)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX progress_entry_indicator_idx ON progress_entry (indicator_id, sub_period, entry_date);

CREATE TABLE evidence (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    realisation_id BIGINT        NOT NULL REFERENCES realisation (id) ON DELETE CASCADE,
    kind           VARCHAR(6)    NOT NULL CHECK (kind IN ('FILE', 'LINK')),
    storage_key    VARCHAR(200),
    file_name      VARCHAR(255),
    content_type   VARCHAR(100),
    size_bytes     BIGINT,
    url            VARCHAR(2000),
    uploaded_by    VARCHAR(120)  NOT NULL,
    uploaded_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((kind = 'FILE') = (storage_key IS NOT NULL)),
    CHECK ((kind = 'LINK') = (url IS NOT NULL))
);
CREATE INDEX evidence_realisation_idx ON evidence (realisation_id);

-- A sub-period past its deadline, reopened by the appraiser for late entries.
CREATE TABLE sub_period_reopening (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    plan_id      BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    sub_period   INTEGER       NOT NULL,
    open_until   DATE          NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    reopened_by  VARCHAR(120)  NOT NULL,
    reopened_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX sub_period_reopening_idx ON sub_period_reopening (plan_id, sub_period);

-- How many days after a sub-period ends its realisations may still be entered (per agency; default 5).
ALTER TABLE performance_period ADD COLUMN entry_grace_days INTEGER NOT NULL DEFAULT 5 CHECK (entry_grace_days BETWEEN 0 AND 60);

-- Idempotent pushes from other systems: a retried push with the same client key never counts twice.
CREATE TABLE realisation_push (
    token_id       BIGINT        NOT NULL REFERENCES api_token (id),
    client_key     VARCHAR(100)  NOT NULL,
    realisation_id BIGINT        REFERENCES realisation (id) ON DELETE SET NULL,
    progress_id    BIGINT        REFERENCES progress_entry (id) ON DELETE SET NULL,
    request_hash   CHAR(64)      NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (token_id, client_key)
);

-- Tokens scoped to one unit (e.g. a clinic's registry pushing realisations for that clinic only).
ALTER TABLE api_token ADD COLUMN unit_id BIGINT REFERENCES org_unit (id);

-- Scheduled jobs run on one node at a time.
CREATE TABLE job_lock (
    name         VARCHAR(100) PRIMARY KEY,
    locked_until TIMESTAMPTZ  NOT NULL,
    locked_by    VARCHAR(200) NOT NULL,
    last_run_at  TIMESTAMPTZ
);
