-- Identity: accounts, roles, API tokens.

CREATE TABLE account (
    id                    BIGSERIAL PRIMARY KEY,
    username              VARCHAR(40)  NOT NULL UNIQUE,
    display_name          VARCHAR(200) NOT NULL,
    agency_id             BIGINT       REFERENCES agency (id),
    employee_id           BIGINT       UNIQUE REFERENCES employee (id),
    password_hash         VARCHAR(200) NOT NULL,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts       INTEGER      NOT NULL DEFAULT 0,
    locked_until          TIMESTAMPTZ,
    last_login_at         TIMESTAMPTZ,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX account_agency_idx ON account (agency_id);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL CHECK (role IN ('EMPLOYEE', 'AGENCY_ADMIN', 'AGENCY_HEAD', 'NATIONAL_ADMIN')),
    PRIMARY KEY (account_id, role)
);

CREATE TABLE api_token (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT       REFERENCES agency (id),
    name          VARCHAR(100) NOT NULL,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    token_prefix  VARCHAR(12)  NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('AGENCY_ADMIN', 'AGENCY_HEAD', 'NATIONAL_ADMIN')),
    created_by    VARCHAR(40)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ,
    revoked       BOOLEAN      NOT NULL DEFAULT FALSE
);
