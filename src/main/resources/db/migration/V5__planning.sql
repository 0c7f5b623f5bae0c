-- Planning (PermenPAN-RB 6/2022): periods, unit performance agreements with their IKU, employee plans (SKP)
-- with planned results (RHK), indicators (IKI), action plans, behaviour expectations and their history.

CREATE TABLE performance_period (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT      NOT NULL REFERENCES agency (id),
    year           INTEGER     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    scheme         VARCHAR(10) NOT NULL CHECK (scheme IN ('MONTHLY', 'QUARTERLY')),
    plan_deadline  DATE        NOT NULL,
    status         VARCHAR(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    opened_by      VARCHAR(40) NOT NULL,
    opened_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at      TIMESTAMPTZ,
    version        INTEGER     NOT NULL DEFAULT 0,
    UNIQUE (agency_id, year)
);

-- A unit's Perjanjian Kinerja for a period.
CREATE TABLE unit_agreement (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT      NOT NULL REFERENCES agency (id),
    period_id   BIGINT      NOT NULL REFERENCES performance_period (id),
    unit_id     BIGINT      NOT NULL REFERENCES org_unit (id),
    status      VARCHAR(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SIGNED')),
    signed_by   BIGINT      REFERENCES employee (id),
    signed_at   TIMESTAMPTZ,
    version     INTEGER     NOT NULL DEFAULT 0,
    UNIQUE (period_id, unit_id)
);

-- IKU: a unit's key indicator with its target, e.g. "cakupan imunisasi dasar lengkap" 95 %.
CREATE TABLE unit_indicator (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    agreement_id  BIGINT        NOT NULL REFERENCES unit_agreement (id) ON DELETE CASCADE,
    goal          VARCHAR(500)  NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    target_value  NUMERIC(18, 4),
    target_unit   VARCHAR(50),
    direction     VARCHAR(10)   NOT NULL DEFAULT 'HIGHER' CHECK (direction IN ('HIGHER', 'LOWER', 'EXACT')),
    ordinal       INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX unit_indicator_agreement_idx ON unit_indicator (agreement_id);

-- SKP: one employee's plan for one period. Unit, position and appraiser are kept as they were when planned.
CREATE TABLE performance_plan (
    id                BIGSERIAL PRIMARY KEY,
    agency_id         BIGINT       NOT NULL REFERENCES agency (id),
    period_id         BIGINT       NOT NULL REFERENCES performance_period (id),
    employee_id       BIGINT       NOT NULL REFERENCES employee (id),
    unit_id           BIGINT       REFERENCES org_unit (id),
    position_id       BIGINT       REFERENCES position (id),
    appraiser_id      BIGINT       REFERENCES employee (id),
    approach          VARCHAR(12)  NOT NULL DEFAULT 'QUANTITATIVE' CHECK (approach IN ('QUANTITATIVE', 'QUALITATIVE')),
    status            VARCHAR(10)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    revision          INTEGER      NOT NULL DEFAULT 0,
    resource_support  TEXT,
    accountability    TEXT,
    consequences      TEXT,
    returned_reason   TEXT,
    submitted_at      TIMESTAMPTZ,
    approved_at       TIMESTAMPTZ,
    approved_by       BIGINT       REFERENCES employee (id),
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (period_id, employee_id)
);
CREATE INDEX performance_plan_period_unit_idx ON performance_plan (period_id, unit_id, status);
CREATE INDEX performance_plan_appraiser_idx ON performance_plan (appraiser_id, period_id);

-- RHK: a planned result, tied to the superior's RHK or (unit heads, JPT) to a unit IKU.
CREATE TABLE planned_result (
    id                   BIGSERIAL PRIMARY KEY,
    agency_id            BIGINT        NOT NULL REFERENCES agency (id),
    plan_id              BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    kind                 VARCHAR(10)   NOT NULL CHECK (kind IN ('UTAMA', 'TAMBAHAN')),
    statement            VARCHAR(1000) NOT NULL,
    parent_result_id     BIGINT        REFERENCES planned_result (id) ON DELETE SET NULL,
    unit_indicator_id    BIGINT        REFERENCES unit_indicator (id) ON DELETE SET NULL,
    parent_changed       BOOLEAN       NOT NULL DEFAULT FALSE,
    ordinal              INTEGER       NOT NULL DEFAULT 0,
    CHECK (parent_result_id IS NULL OR unit_indicator_id IS NULL)
);
CREATE INDEX planned_result_plan_idx ON planned_result (plan_id);
CREATE INDEX planned_result_parent_idx ON planned_result (parent_result_id);
CREATE INDEX planned_result_iku_idx ON planned_result (unit_indicator_id);

-- Reusable indicator templates: national (agency_id NULL) or an agency's own, per sector and position.
CREATE TABLE indicator_template (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        REFERENCES agency (id),
    sector         VARCHAR(20)   NOT NULL CHECK (sector IN ('HEALTH', 'EDUCATION', 'POPULATION', 'ADMINISTRATION', 'PUBLIC_SERVICE', 'GENERAL')),
    position_kind  VARCHAR(20)   CHECK (position_kind IN ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL')),
    position_id    BIGINT        REFERENCES position (id),
    result_statement VARCHAR(1000) NOT NULL,
    name           VARCHAR(500)  NOT NULL,
    aspect         VARCHAR(10)   NOT NULL CHECK (aspect IN ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')),
    target_kind    VARCHAR(10)   NOT NULL CHECK (target_kind IN ('NUMBER', 'RANGE', 'TEXT')),
    target_value   NUMERIC(18, 4),
    target_min     NUMERIC(18, 4),
    target_max     NUMERIC(18, 4),
    target_unit    VARCHAR(50),
    target_text    VARCHAR(1000),
    direction      VARCHAR(10)   NOT NULL DEFAULT 'HIGHER' CHECK (direction IN ('HIGHER', 'LOWER', 'EXACT')),
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX indicator_template_agency_idx ON indicator_template (agency_id, sector);

-- IKI: an indicator of one RHK with its aspect, target and direction.
CREATE TABLE result_indicator (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    result_id      BIGINT        NOT NULL REFERENCES planned_result (id) ON DELETE CASCADE,
    aspect         VARCHAR(10)   NOT NULL CHECK (aspect IN ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')),
    name           VARCHAR(500)  NOT NULL,
    target_kind    VARCHAR(10)   NOT NULL CHECK (target_kind IN ('NUMBER', 'RANGE', 'TEXT')),
    target_value   NUMERIC(18, 4),
    target_min     NUMERIC(18, 4),
    target_max     NUMERIC(18, 4),
    target_unit    VARCHAR(50),
    target_text    VARCHAR(1000),
    direction      VARCHAR(10)   NOT NULL DEFAULT 'HIGHER' CHECK (direction IN ('HIGHER', 'LOWER', 'EXACT')),
    template_id    BIGINT        REFERENCES indicator_template (id) ON DELETE SET NULL,
    ordinal        INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX result_indicator_result_idx ON result_indicator (result_id);

-- Rencana aksi: what will be done for an RHK in each sub-period (month 1-12 or quarter 1-4).
CREATE TABLE action_plan (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    result_id    BIGINT        NOT NULL REFERENCES planned_result (id) ON DELETE CASCADE,
    sub_period   INTEGER       NOT NULL CHECK (sub_period BETWEEN 1 AND 12),
    description  VARCHAR(1000) NOT NULL
);
CREATE INDEX action_plan_result_idx ON action_plan (result_id);

-- The leader's special expectations per BerAKHLAK value (the seven values themselves are fixed).
CREATE TABLE behaviour_expectation (
    plan_id      BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    value_code   VARCHAR(30)   NOT NULL,
    special      VARCHAR(1000),
    PRIMARY KEY (plan_id, value_code)
);

-- What happened to a plan: created, submitted, approved, returned (with reason), revised (with reason).
CREATE TABLE plan_event (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT       NOT NULL REFERENCES agency (id),
    plan_id     BIGINT       NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(40)  NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    reason      TEXT,
    revision    INTEGER      NOT NULL DEFAULT 0,
    snapshot    JSONB
);
CREATE INDEX plan_event_plan_idx ON plan_event (plan_id, occurred_at);
