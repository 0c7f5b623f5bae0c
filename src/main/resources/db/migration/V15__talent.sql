-- Talent management (PermenPAN-RB 3/2020): potential assessments, the 9-box per agency and period (numbering kept as
-- data), the talent pool, critical positions with succession candidates, qualifications, and promotion and transfer
-- proposals ranked by open merit criteria with the decision and its reasons.

CREATE TABLE talent_setting (
    agency_id            BIGINT        PRIMARY KEY REFERENCES agency (id),
    -- a potential score at or above these is "middle" / "high" (0-100 scale)
    potential_middle     NUMERIC(5, 2) NOT NULL DEFAULT 60 CHECK (potential_middle BETWEEN 0 AND 100),
    potential_high       NUMERIC(5, 2) NOT NULL DEFAULT 80 CHECK (potential_high BETWEEN 0 AND 100),
    -- boxes that form the talent pool
    pool_boxes           VARCHAR(40)   NOT NULL DEFAULT '7,8,9',
    -- merit weights in percent (performance history, competency fit, training, qualification)
    weight_performance   INTEGER       NOT NULL DEFAULT 40 CHECK (weight_performance BETWEEN 0 AND 100),
    weight_competency    INTEGER       NOT NULL DEFAULT 30 CHECK (weight_competency BETWEEN 0 AND 100),
    weight_training      INTEGER       NOT NULL DEFAULT 15 CHECK (weight_training BETWEEN 0 AND 100),
    weight_qualification INTEGER       NOT NULL DEFAULT 15 CHECK (weight_qualification BETWEEN 0 AND 100),
    version              INTEGER       NOT NULL DEFAULT 0,
    CHECK (potential_middle <= potential_high),
    CHECK (weight_performance + weight_competency + weight_training + weight_qualification = 100)
);

-- The 9-box numbering (NULL agency: the default of domain.md, as KemenPAN-RB presents it).
CREATE TABLE nine_box_numbering (
    agency_id    BIGINT       REFERENCES agency (id),
    performance  VARCHAR(20)  NOT NULL CHECK (performance IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    potential    VARCHAR(8)   NOT NULL CHECK (potential IN ('LOW', 'MIDDLE', 'HIGH')),
    box          INTEGER      NOT NULL CHECK (box BETWEEN 1 AND 9)
);
CREATE UNIQUE INDEX nine_box_numbering_uq ON nine_box_numbering (COALESCE(agency_id, 0), performance, potential);
INSERT INTO nine_box_numbering (agency_id, performance, potential, box) VALUES
    (NULL, 'DIATAS_EKSPEKTASI', 'LOW', 4), (NULL, 'DIATAS_EKSPEKTASI', 'MIDDLE', 7), (NULL, 'DIATAS_EKSPEKTASI', 'HIGH', 9),
    (NULL, 'SESUAI_EKSPEKTASI', 'LOW', 2), (NULL, 'SESUAI_EKSPEKTASI', 'MIDDLE', 5), (NULL, 'SESUAI_EKSPEKTASI', 'HIGH', 8),
    (NULL, 'DIBAWAH_EKSPEKTASI', 'LOW', 1), (NULL, 'DIBAWAH_EKSPEKTASI', 'MIDDLE', 3), (NULL, 'DIBAWAH_EKSPEKTASI', 'HIGH', 6);

-- Potential assessment inputs (score 0-100 from an assessment centre, a test or the supervisor); the latest counts.
CREATE TABLE potential_assessment (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    score         NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    method        VARCHAR(20)   NOT NULL CHECK (method IN ('ASSESSMENT_CENTER', 'PSIKOMETRI', 'SUPERVISOR', 'IMPORT')),
    assessed_on   DATE          NOT NULL,
    assessor      VARCHAR(200),
    note          VARCHAR(1000),
    recorded_by   VARCHAR(120)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX potential_assessment_employee_idx ON potential_assessment (employee_id, assessed_on DESC, id DESC);
CREATE INDEX potential_assessment_agency_idx ON potential_assessment (agency_id);

-- Formal education (for the qualification criterion).
CREATE TABLE employee_qualification (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    employee_id  BIGINT        NOT NULL REFERENCES employee (id),
    level        VARCHAR(4)    NOT NULL CHECK (level IN ('SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3')),
    field        VARCHAR(200),
    institution  VARCHAR(200),
    year         INTEGER       CHECK (year IS NULL OR year BETWEEN 1950 AND 2100)
);
CREATE INDEX employee_qualification_employee_idx ON employee_qualification (employee_id);

-- Critical positions and their succession candidates.
CREATE TABLE critical_position (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    position_id   BIGINT        NOT NULL REFERENCES position (id),
    unit_id       BIGINT        REFERENCES org_unit (id),
    reason        VARCHAR(1000) NOT NULL,
    vacancy_risk  VARCHAR(8)    NOT NULL DEFAULT 'MEDIUM' CHECK (vacancy_risk IN ('LOW', 'MEDIUM', 'HIGH')),
    created_by    VARCHAR(120)  NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (position_id, unit_id)
);

CREATE TABLE succession_candidate (
    critical_position_id  BIGINT        NOT NULL REFERENCES critical_position (id) ON DELETE CASCADE,
    employee_id           BIGINT        NOT NULL REFERENCES employee (id),
    agency_id             BIGINT        NOT NULL REFERENCES agency (id),
    readiness             VARCHAR(16)   NOT NULL CHECK (readiness IN ('READY_NOW', 'READY_1_2_YEARS', 'READY_3_YEARS')),
    note                  VARCHAR(1000),
    added_by              VARCHAR(120)  NOT NULL,
    added_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (critical_position_id, employee_id)
);

-- Promotion and transfer proposals: candidates ranked by open criteria, the ranking stored with its explanation,
-- the decision and its reasons recorded.
CREATE TABLE career_proposal (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT        NOT NULL REFERENCES agency (id),
    kind             VARCHAR(10)   NOT NULL CHECK (kind IN ('PROMOTION', 'TRANSFER')),
    position_id      BIGINT        NOT NULL REFERENCES position (id),
    unit_id          BIGINT        REFERENCES org_unit (id),
    title            VARCHAR(300)  NOT NULL,
    status           VARCHAR(10)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RANKED', 'DECIDED', 'CANCELLED')),
    weights          VARCHAR(100)  NOT NULL,
    chosen_id        BIGINT        REFERENCES employee (id),
    decision_reason  VARCHAR(4000),
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMPTZ,
    created_by       VARCHAR(120)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version          INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX career_proposal_agency_idx ON career_proposal (agency_id, status);

CREATE TABLE career_candidate (
    proposal_id          BIGINT        NOT NULL REFERENCES career_proposal (id) ON DELETE CASCADE,
    employee_id          BIGINT        NOT NULL REFERENCES employee (id),
    agency_id            BIGINT        NOT NULL REFERENCES agency (id),
    performance_score    NUMERIC(6, 2),
    competency_score     NUMERIC(6, 2),
    training_score       NUMERIC(6, 2),
    qualification_score  NUMERIC(6, 2),
    total                NUMERIC(6, 2),
    rank                 INTEGER,
    explanation          TEXT,
    PRIMARY KEY (proposal_id, employee_id)
);
