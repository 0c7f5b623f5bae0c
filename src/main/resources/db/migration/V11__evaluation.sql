-- Evaluation and follow-up: periodic and annual evaluations (result rating per RHK and overall, BerAKHLAK behaviour
-- ratings, the predikat), 360 input, unit grades and the distribution curve (rules kept as data), calibration,
-- objections, documents, functional credit points, recognition and coaching plans.

-- Numbers the regulation may change, per agency (NULL agency = the national default every agency starts from).
CREATE TABLE evaluation_setting (
    agency_id          BIGINT        PRIMARY KEY REFERENCES agency (id),
    -- an RHK whose achievement reaches this percentage is suggested "above expectation"
    above_threshold    NUMERIC(6, 2) NOT NULL DEFAULT 110 CHECK (above_threshold > 0),
    -- below this percentage it is suggested "below expectation"
    below_threshold    NUMERIC(6, 2) NOT NULL DEFAULT 80 CHECK (below_threshold > 0),
    objection_days     INTEGER       NOT NULL DEFAULT 14 CHECK (objection_days BETWEEN 1 AND 90),
    show_names         BOOLEAN       NOT NULL DEFAULT TRUE,
    public_board       BOOLEAN       NOT NULL DEFAULT TRUE,
    version            INTEGER       NOT NULL DEFAULT 0,
    CHECK (below_threshold <= above_threshold)
);

-- The distribution curve: one row per rule of a unit grade. kind MAX_PERCENT: at most value % of the unit's
-- employees have one of the predikats; MIN_PERCENT: at least value %; MIN_COUNT: at least value employees.
CREATE TABLE distribution_rule (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT        REFERENCES agency (id),
    unit_grade  VARCHAR(16)   NOT NULL CHECK (unit_grade IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    predikats   VARCHAR(100)  NOT NULL,
    kind        VARCHAR(12)   NOT NULL CHECK (kind IN ('MAX_PERCENT', 'MIN_PERCENT', 'MIN_COUNT')),
    value       NUMERIC(6, 2) NOT NULL CHECK (value >= 0),
    position    INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX distribution_rule_agency_idx ON distribution_rule (agency_id, unit_grade);

INSERT INTO distribution_rule (agency_id, unit_grade, predikats, kind, value, position) VALUES
    (NULL, 'ISTIMEWA', 'SANGAT_BAIK', 'MAX_PERCENT', 70, 1),
    (NULL, 'BAIK', 'BAIK', 'MAX_PERCENT', 70, 1),
    (NULL, 'BAIK', 'BUTUH_PERBAIKAN,KURANG', 'MIN_COUNT', 1, 2),
    (NULL, 'BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN', 'MIN_PERCENT', 60, 1),
    (NULL, 'BUTUH_PERBAIKAN', 'SANGAT_BAIK', 'MAX_PERCENT', 10, 2),
    (NULL, 'KURANG', 'KURANG', 'MIN_PERCENT', 60, 1),
    (NULL, 'KURANG', 'BUTUH_PERBAIKAN', 'MIN_PERCENT', 10, 2),
    (NULL, 'KURANG', 'SANGAT_BAIK', 'MAX_PERCENT', 10, 3),
    (NULL, 'SANGAT_KURANG', 'SANGAT_KURANG', 'MIN_PERCENT', 60, 1),
    (NULL, 'SANGAT_KURANG', 'KURANG,BUTUH_PERBAIKAN', 'MIN_PERCENT', 10, 2),
    (NULL, 'SANGAT_KURANG', 'SANGAT_BAIK', 'MAX_PERCENT', 0, 3);

-- Functional credit points: percentage per predikat and annual coefficient per JF level (NULL agency = default).
CREATE TABLE credit_percentage (
    agency_id  BIGINT        REFERENCES agency (id),
    predikat   VARCHAR(16)   NOT NULL CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    percent    NUMERIC(6, 2) NOT NULL CHECK (percent >= 0)
);
CREATE UNIQUE INDEX credit_percentage_uq ON credit_percentage (COALESCE(agency_id, 0), predikat);
INSERT INTO credit_percentage (agency_id, predikat, percent) VALUES
    (NULL, 'SANGAT_BAIK', 150), (NULL, 'BAIK', 100), (NULL, 'BUTUH_PERBAIKAN', 75), (NULL, 'KURANG', 50),
    (NULL, 'SANGAT_KURANG', 25);

CREATE TABLE credit_coefficient (
    agency_id    BIGINT        REFERENCES agency (id),
    jf_level     VARCHAR(20)   NOT NULL CHECK (jf_level IN ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA',
                                                            'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA')),
    coefficient  NUMERIC(8, 3) NOT NULL CHECK (coefficient >= 0)
);
CREATE UNIQUE INDEX credit_coefficient_uq ON credit_coefficient (COALESCE(agency_id, 0), jf_level);
INSERT INTO credit_coefficient (agency_id, jf_level, coefficient) VALUES
    (NULL, 'PEMULA', 3.75), (NULL, 'TERAMPIL', 5), (NULL, 'MAHIR', 12.5), (NULL, 'PENYELIA', 25),
    (NULL, 'AHLI_PERTAMA', 12.5), (NULL, 'AHLI_MUDA', 25), (NULL, 'AHLI_MADYA', 37.5), (NULL, 'AHLI_UTAMA', 50);

-- One evaluation of one SKP: periodic (sub_period 1..12) or annual (sub_period 0).
CREATE TABLE evaluation (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT        NOT NULL REFERENCES agency (id),
    period_id          BIGINT        NOT NULL REFERENCES performance_period (id),
    plan_id            BIGINT        NOT NULL REFERENCES performance_plan (id),
    employee_id        BIGINT        NOT NULL REFERENCES employee (id),
    appraiser_id       BIGINT        REFERENCES employee (id),
    unit_id            BIGINT        REFERENCES org_unit (id),
    kind               VARCHAR(8)    NOT NULL CHECK (kind IN ('PERIODIC', 'ANNUAL')),
    sub_period         INTEGER       NOT NULL CHECK (sub_period BETWEEN 0 AND 12),
    -- months of the year the SKP covered (part-year periods for credit points)
    months             INTEGER       NOT NULL DEFAULT 12 CHECK (months BETWEEN 1 AND 12),
    achievement        NUMERIC(8, 2),
    suggested_result   VARCHAR(20)   CHECK (suggested_result IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    result_rating      VARCHAR(20)   CHECK (result_rating IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    result_reason      VARCHAR(2000),
    behaviour_rating   VARCHAR(20)   CHECK (behaviour_rating IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    behaviour_note     VARCHAR(2000),
    -- the predikat from the matrix, and the one in force after calibration or an objection
    predikat           VARCHAR(16)   CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    final_predikat     VARCHAR(16)   CHECK (final_predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    credit_points      NUMERIC(8, 3),
    status             VARCHAR(10)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'RATED', 'FINAL')),
    rated_by           BIGINT        REFERENCES employee (id),
    rated_at           TIMESTAMPTZ,
    finalised_at       TIMESTAMPTZ,
    objection_until    DATE,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version            INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (plan_id, kind, sub_period),
    CHECK ((kind = 'ANNUAL') = (sub_period = 0))
);
CREATE INDEX evaluation_period_idx ON evaluation (agency_id, period_id, kind, sub_period);
CREATE INDEX evaluation_unit_idx ON evaluation (unit_id, period_id, kind, sub_period);
CREATE INDEX evaluation_appraiser_idx ON evaluation (appraiser_id, period_id);
CREATE INDEX evaluation_employee_idx ON evaluation (employee_id, period_id);

-- The rating of each RHK, with the achievement it was suggested from.
CREATE TABLE evaluation_result (
    evaluation_id  BIGINT        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    result_id      BIGINT        NOT NULL REFERENCES planned_result (id) ON DELETE CASCADE,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    achievement    NUMERIC(8, 2),
    suggested      VARCHAR(20)   CHECK (suggested IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    rating         VARCHAR(20)   CHECK (rating IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    note           VARCHAR(2000),
    PRIMARY KEY (evaluation_id, result_id)
);

-- The behaviour rating per BerAKHLAK value.
CREATE TABLE evaluation_behaviour (
    evaluation_id  BIGINT        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    value          VARCHAR(24)   NOT NULL,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    rating         VARCHAR(20)   NOT NULL CHECK (rating IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    note           VARCHAR(2000),
    PRIMARY KEY (evaluation_id, value)
);

-- Every change of an evaluation's predikat: by the appraiser, calibration, or an objection decision.
CREATE TABLE predikat_change (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    evaluation_id  BIGINT        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    source         VARCHAR(12)   NOT NULL CHECK (source IN ('APPRAISER', 'CALIBRATION', 'OBJECTION')),
    from_predikat  VARCHAR(16),
    to_predikat    VARCHAR(16)   NOT NULL,
    reason         VARCHAR(2000),
    changed_by     BIGINT        REFERENCES employee (id),
    changed_by_name VARCHAR(200) NOT NULL,
    changed_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX predikat_change_evaluation_idx ON predikat_change (evaluation_id, changed_at);

-- 360 input. The invitation knows who was asked; the answers do not (no rater, no time), so nobody can tell who
-- gave which answer, and the service shows them only as aggregates of at least three.
CREATE TABLE peer_invitation (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    evaluation_id  BIGINT        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    rater_id       BIGINT        NOT NULL REFERENCES employee (id),
    relation       VARCHAR(12)   NOT NULL CHECK (relation IN ('PEER', 'SUBORDINATE')),
    invited_by     BIGINT        REFERENCES employee (id),
    invited_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    answered       BOOLEAN       NOT NULL DEFAULT FALSE,
    UNIQUE (evaluation_id, rater_id)
);
CREATE INDEX peer_invitation_rater_idx ON peer_invitation (rater_id, answered);

CREATE TABLE peer_answer (
    -- random, so that not even the order of answers can be matched with the invitations
    id             UUID          PRIMARY KEY DEFAULT gen_random_uuid(),
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    evaluation_id  BIGINT        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    relation       VARCHAR(12)   NOT NULL CHECK (relation IN ('PEER', 'SUBORDINATE')),
    value          VARCHAR(24)   NOT NULL,
    rating         VARCHAR(20)   NOT NULL CHECK (rating IN ('DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI')),
    comment        VARCHAR(1000)
);
CREATE INDEX peer_answer_evaluation_idx ON peer_answer (evaluation_id);

-- The unit's organisational grade for a period, set by its leader; it selects the distribution curve. Finalising
-- closes the unit's annual evaluations.
CREATE TABLE unit_grade (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    period_id      BIGINT        NOT NULL REFERENCES performance_period (id),
    unit_id        BIGINT        NOT NULL REFERENCES org_unit (id),
    grade          VARCHAR(16)   NOT NULL CHECK (grade IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    reason         VARCHAR(2000),
    set_by         BIGINT        REFERENCES employee (id),
    set_by_name    VARCHAR(200)  NOT NULL,
    set_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    status         VARCHAR(10)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FINAL')),
    finalised_by   VARCHAR(200),
    finalised_at   TIMESTAMPTZ,
    version        INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (period_id, unit_id)
);

-- Objections (keberatan) against a final predikat, decided by the appraiser's superior.
CREATE TABLE objection (
    id                 BIGSERIAL PRIMARY KEY,
    agency_id          BIGINT        NOT NULL REFERENCES agency (id),
    evaluation_id      BIGINT        NOT NULL REFERENCES evaluation (id),
    employee_id        BIGINT        NOT NULL REFERENCES employee (id),
    decider_id         BIGINT        REFERENCES employee (id),
    reason             VARCHAR(4000) NOT NULL,
    requested_predikat VARCHAR(16)   CHECK (requested_predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    status             VARCHAR(10)   NOT NULL DEFAULT 'FILED' CHECK (status IN ('FILED', 'GRANTED', 'REJECTED', 'WITHDRAWN')),
    filed_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    decision_reason    VARCHAR(4000),
    decided_predikat   VARCHAR(16),
    decided_by         VARCHAR(200),
    decided_at         TIMESTAMPTZ,
    version            INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX objection_evaluation_idx ON objection (evaluation_id);
CREATE INDEX objection_decider_idx ON objection (decider_id, status);
CREATE UNIQUE INDEX objection_open_uq ON objection (evaluation_id) WHERE status = 'FILED';

-- Documents of final evaluations, queued when the evaluation is finalised and rendered in the background.
CREATE TABLE evaluation_document (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    evaluation_id  BIGINT        REFERENCES evaluation (id) ON DELETE CASCADE,
    unit_grade_id  BIGINT        REFERENCES unit_grade (id) ON DELETE CASCADE,
    kind           VARCHAR(16)   NOT NULL CHECK (kind IN ('EVALUATION', 'PENETAPAN')),
    status         VARCHAR(8)    NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'READY', 'FAILED')),
    content        BYTEA,
    sha256         VARCHAR(64),
    queued_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    rendered_at    TIMESTAMPTZ,
    error          VARCHAR(500),
    CHECK ((evaluation_id IS NULL) <> (unit_grade_id IS NULL))
);
CREATE INDEX evaluation_document_queue_idx ON evaluation_document (status, id) WHERE status = 'QUEUED';
CREATE UNIQUE INDEX evaluation_document_evaluation_uq ON evaluation_document (evaluation_id) WHERE evaluation_id IS NOT NULL;
CREATE UNIQUE INDEX evaluation_document_grade_uq ON evaluation_document (unit_grade_id) WHERE unit_grade_id IS NOT NULL;

-- Recognition of high performers (penghargaan): the SANGAT_BAIK list, with what was given.
CREATE TABLE recognition (
    evaluation_id  BIGINT        PRIMARY KEY REFERENCES evaluation (id) ON DELETE CASCADE,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    award          VARCHAR(500)  NOT NULL,
    given_by       VARCHAR(200)  NOT NULL,
    given_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- Coaching (pembinaan) for an employee below expectation: proposed by the system, agreed and followed up.
CREATE TABLE coaching_plan (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    employee_id    BIGINT        NOT NULL REFERENCES employee (id),
    evaluation_id  BIGINT        REFERENCES evaluation (id),
    coach_id       BIGINT        REFERENCES employee (id),
    mentor_id      BIGINT        REFERENCES employee (id),
    status         VARCHAR(10)   NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    goals          VARCHAR(4000),
    starts_on      DATE,
    ends_on        DATE,
    outcome        VARCHAR(16)   CHECK (outcome IN ('IMPROVED', 'PARTLY', 'NOT_IMPROVED')),
    outcome_note   VARCHAR(4000),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX coaching_plan_employee_idx ON coaching_plan (employee_id);
CREATE INDEX coaching_plan_agency_idx ON coaching_plan (agency_id, status);
CREATE UNIQUE INDEX coaching_plan_evaluation_uq ON coaching_plan (evaluation_id) WHERE evaluation_id IS NOT NULL;

CREATE TABLE coaching_checkin (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    plan_id        BIGINT        NOT NULL REFERENCES coaching_plan (id) ON DELETE CASCADE,
    held_on        DATE          NOT NULL,
    note           VARCHAR(4000) NOT NULL,
    progress       VARCHAR(16)   NOT NULL CHECK (progress IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    recorded_by    VARCHAR(200)  NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX coaching_checkin_plan_idx ON coaching_checkin (plan_id, held_on);

-- Agency-wide finalising runs with their progress (a long job one can leave and come back to).
CREATE TABLE evaluation_run (
    id             BIGSERIAL PRIMARY KEY,
    agency_id      BIGINT        NOT NULL REFERENCES agency (id),
    period_id      BIGINT        NOT NULL REFERENCES performance_period (id),
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'BLOCKED', 'FAILED')),
    total          INTEGER       NOT NULL DEFAULT 0,
    done           INTEGER       NOT NULL DEFAULT 0,
    report         TEXT,
    started_by     VARCHAR(200)  NOT NULL,
    started_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ
);
CREATE INDEX evaluation_run_agency_idx ON evaluation_run (agency_id, period_id, started_at DESC);

-- audit actions such as "evaluation.objection.grant" are longer than the 20 characters of V3
ALTER TABLE audit_event ALTER COLUMN action TYPE VARCHAR(60);
