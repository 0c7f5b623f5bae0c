-- Organisation: agencies (tenants), the unit tree, positions, employees and their history.

CREATE TABLE agency (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('MINISTRY', 'AGENCY', 'PROVINCE', 'CITY', 'REGENCY')),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version     INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE org_unit (
    id               BIGSERIAL PRIMARY KEY,
    agency_id        BIGINT       NOT NULL REFERENCES agency (id),
    parent_id        BIGINT       REFERENCES org_unit (id),
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    head_employee_id BIGINT,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code)
);
CREATE INDEX org_unit_parent_idx ON org_unit (agency_id, parent_id);

CREATE TABLE position (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT       NOT NULL REFERENCES agency (id),
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL CHECK (kind IN ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL')),
    jf_level     VARCHAR(20)  CHECK (jf_level IN ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA',
                                                  'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA')),
    class_grade  INTEGER      CHECK (class_grade BETWEEN 1 AND 17),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version      INTEGER      NOT NULL DEFAULT 0,
    UNIQUE (agency_id, code),
    CHECK ((kind = 'FUNGSIONAL') = (jf_level IS NOT NULL))
);

CREATE TABLE employee (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT       NOT NULL REFERENCES agency (id),
    nip           CHAR(18)     NOT NULL UNIQUE,
    name          VARCHAR(150) NOT NULL,
    front_title   VARCHAR(50),
    back_title    VARCHAR(80),
    asn_type      VARCHAR(4)   NOT NULL CHECK (asn_type IN ('PNS', 'PPPK')),
    rank_grade    VARCHAR(10),
    email         VARCHAR(200),
    position_id   BIGINT       REFERENCES position (id),
    unit_id       BIGINT       REFERENCES org_unit (id),
    superior_id   BIGINT       REFERENCES employee (id),
    appraiser_id  BIGINT       REFERENCES employee (id),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       INTEGER      NOT NULL DEFAULT 0,
    CHECK (superior_id IS NULL OR superior_id <> id)
);
CREATE INDEX employee_agency_idx ON employee (agency_id, active, name);
CREATE INDEX employee_unit_idx ON employee (unit_id);
CREATE INDEX employee_superior_idx ON employee (superior_id);
CREATE INDEX employee_appraiser_idx ON employee (appraiser_id);
CREATE INDEX employee_position_idx ON employee (position_id);

ALTER TABLE org_unit ADD CONSTRAINT org_unit_head_fk FOREIGN KEY (head_employee_id) REFERENCES employee (id);

-- Employment history: activation, deactivation, moves between units and positions.
CREATE TABLE employee_history (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT       NOT NULL REFERENCES agency (id),
    employee_id  BIGINT       NOT NULL REFERENCES employee (id),
    kind         VARCHAR(20)  NOT NULL,
    detail       VARCHAR(500),
    effective_on DATE         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    recorded_by  VARCHAR(40)
);
CREATE INDEX employee_history_employee_idx ON employee_history (employee_id, recorded_at);
