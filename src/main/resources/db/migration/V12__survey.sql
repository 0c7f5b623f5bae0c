-- Citizen satisfaction surveys (SKM) per service unit and the index computed from them (IKM, PermenPAN-RB 14/2017).
-- Nothing here names a respondent: the client's address is kept only as a keyed hash, for duplicate detection.

-- One survey per unit, reached through an unguessable public token (regenerated to retire a printed link).
CREATE TABLE survey (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    unit_id      BIGINT        NOT NULL REFERENCES org_unit (id),
    token        VARCHAR(40)   NOT NULL UNIQUE,
    enabled      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(120)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (unit_id)
);
CREATE INDEX survey_agency_idx ON survey (agency_id);

-- The services a unit offers (KTP, akta kelahiran, poli umum, ...): the respondent says which one they used.
CREATE TABLE survey_service (
    id         BIGSERIAL PRIMARY KEY,
    agency_id  BIGINT        NOT NULL REFERENCES agency (id),
    survey_id  BIGINT        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    name       VARCHAR(150)  NOT NULL,
    active     BOOLEAN       NOT NULL DEFAULT TRUE,
    ordinal    INTEGER       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX survey_service_name_idx ON survey_service (survey_id, lower(name));

-- Paper surveys imported from a spreadsheet: each import in one piece.
CREATE TABLE survey_import (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    survey_id    BIGINT        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    file_name    VARCHAR(255)  NOT NULL,
    row_count    INTEGER       NOT NULL,
    imported_by  VARCHAR(120)  NOT NULL,
    imported_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX survey_import_survey_idx ON survey_import (survey_id, imported_at DESC);

-- One response: the nine elements (1..4), the optional respondent profile, the service, a suggestion, and
-- optionally a compliment or complaint about the officer who served. ACCEPTED responses count in the IKM;
-- FLAGGED ones (suspected duplicates) wait for a moderator; REJECTED ones never count.
CREATE TABLE survey_response (
    id                BIGSERIAL PRIMARY KEY,
    agency_id         BIGINT        NOT NULL REFERENCES agency (id),
    survey_id         BIGINT        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    service_id        BIGINT        REFERENCES survey_service (id),
    survey_date       DATE          NOT NULL,
    submitted_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    channel           VARCHAR(5)    NOT NULL CHECK (channel IN ('WEB', 'PAPER')),
    import_id         BIGINT        REFERENCES survey_import (id) ON DELETE CASCADE,
    u1                SMALLINT      NOT NULL CHECK (u1 BETWEEN 1 AND 4),
    u2                SMALLINT      NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3                SMALLINT      NOT NULL CHECK (u3 BETWEEN 1 AND 4),
    u4                SMALLINT      NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5                SMALLINT      NOT NULL CHECK (u5 BETWEEN 1 AND 4),
    u6                SMALLINT      NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7                SMALLINT      NOT NULL CHECK (u7 BETWEEN 1 AND 4),
    u8                SMALLINT      NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9                SMALLINT      NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    age_band          VARCHAR(10),
    sex               VARCHAR(1)    CHECK (sex IN ('L', 'P')),
    education         VARCHAR(10),
    occupation        VARCHAR(10),
    suggestion        VARCHAR(2000),
    officer_id        BIGINT        REFERENCES employee (id),
    officer_kind      VARCHAR(10)   CHECK (officer_kind IN ('COMPLIMENT', 'COMPLAINT')),
    officer_text      VARCHAR(2000),
    officer_notified  BOOLEAN       NOT NULL DEFAULT FALSE,
    -- keyed hashes (HMAC-SHA-256 with the secret below): the client's address, and address + browser + answers
    client_hash       VARCHAR(64),
    fingerprint       VARCHAR(64),
    status            VARCHAR(8)    NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN ('ACCEPTED', 'FLAGGED', 'REJECTED')),
    flag_reason       VARCHAR(20),
    moderated_by      VARCHAR(120),
    moderated_at      TIMESTAMPTZ,
    moderation_reason VARCHAR(500),
    CHECK ((officer_id IS NULL) = (officer_kind IS NULL))
);
CREATE INDEX survey_response_ikm_idx ON survey_response (survey_id, survey_date) WHERE status = 'ACCEPTED';
CREATE INDEX survey_response_moderation_idx ON survey_response (agency_id, status, submitted_at DESC);
CREATE INDEX survey_response_fingerprint_idx ON survey_response (survey_id, fingerprint, submitted_at);
CREATE INDEX survey_response_client_idx ON survey_response (survey_id, client_hash, submitted_at);
CREATE INDEX survey_response_officer_idx ON survey_response (officer_id) WHERE officer_id IS NOT NULL;

-- Submissions dropped without a response row (a filled honeypot, too many from one address): counted per day.
CREATE TABLE survey_drop (
    survey_id  BIGINT       NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    agency_id  BIGINT       NOT NULL REFERENCES agency (id),
    day        DATE         NOT NULL,
    reason     VARCHAR(12)  NOT NULL CHECK (reason IN ('HONEYPOT', 'RATE_LIMIT')),
    drops      INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (survey_id, day, reason)
);
CREATE INDEX survey_drop_agency_idx ON survey_drop (agency_id, day);

-- An agency's IKM rules when they differ from the regulation's defaults: relative weights and grade bands.
CREATE TABLE survey_rules (
    agency_id   BIGINT        PRIMARY KEY REFERENCES agency (id),
    weights     NUMERIC(7, 3)[] NOT NULL CHECK (cardinality(weights) = 9),
    min_a       NUMERIC(5, 2) NOT NULL,
    min_b       NUMERIC(5, 2) NOT NULL,
    min_c       NUMERIC(5, 2) NOT NULL,
    updated_by  VARCHAR(120)  NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version     INTEGER       NOT NULL DEFAULT 0
);

-- A published IKM: the sums it was computed from and the rules in force, so the report stays as published.
CREATE TABLE survey_publication (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    survey_id     BIGINT        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    period_kind   VARCHAR(8)    NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER', 'SEMESTER', 'YEAR')),
    year          INTEGER       NOT NULL,
    period_number INTEGER       NOT NULL,
    respondents   INTEGER       NOT NULL CHECK (respondents > 0),
    sums          BIGINT[]      NOT NULL CHECK (cardinality(sums) = 9),
    weights       NUMERIC(7, 3)[] NOT NULL CHECK (cardinality(weights) = 9),
    min_a         NUMERIC(5, 2) NOT NULL,
    min_b         NUMERIC(5, 2) NOT NULL,
    min_c         NUMERIC(5, 2) NOT NULL,
    ikm           NUMERIC(5, 2) NOT NULL,
    grade         VARCHAR(1)    NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    published_by  VARCHAR(120)  NOT NULL,
    published_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (survey_id, period_kind, year, period_number)
);
CREATE INDEX survey_publication_agency_idx ON survey_publication (agency_id);

-- A planning indicator (IKI) whose realisation comes from the unit's published IKM, and the last attempt.
CREATE TABLE survey_indicator_link (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    survey_id     BIGINT        NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    plan_id       BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    indicator_id  BIGINT        NOT NULL REFERENCES result_indicator (id) ON DELETE CASCADE,
    created_by    VARCHAR(120)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_period   VARCHAR(10),
    last_status   VARCHAR(8)    CHECK (last_status IN ('RECORDED', 'FAILED')),
    last_value    NUMERIC(5, 2),
    last_message  VARCHAR(120),
    last_args     VARCHAR(500),
    last_at       TIMESTAMPTZ,
    UNIQUE (survey_id, indicator_id)
);
CREATE INDEX survey_indicator_link_agency_idx ON survey_indicator_link (agency_id);

-- The key of the hashes above, made once per installation (capaian.survey.hash-secret overrides it).
CREATE TABLE survey_secret (
    id      INTEGER      PRIMARY KEY CHECK (id = 1),
    secret  VARCHAR(128) NOT NULL
);
INSERT INTO survey_secret (id, secret)
VALUES (1, replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''));
