-- Notifications: in-app messages and their e-mail delivery, per-person preferences, and the language of e-mails.

CREATE TABLE notification (
    id                    BIGSERIAL PRIMARY KEY,
    agency_id             BIGINT        NOT NULL REFERENCES agency (id),
    employee_id           BIGINT        NOT NULL REFERENCES employee (id),
    kind                  VARCHAR(30)   NOT NULL,
    -- the text is a message key with arguments, shown in the reader's language
    message_key           VARCHAR(120)  NOT NULL,
    message_args          JSONB         NOT NULL DEFAULT '[]',
    link                  VARCHAR(500),
    -- reminders carry a key so that one deadline is announced once per person
    dedupe_key            VARCHAR(200),
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at               TIMESTAMPTZ,
    in_app                BOOLEAN       NOT NULL DEFAULT TRUE,
    -- NONE (not wanted), PENDING, SENT, FAILED (gave up), SKIPPED (no address or too old)
    email_status          VARCHAR(8)    NOT NULL DEFAULT 'NONE'
                                        CHECK (email_status IN ('NONE', 'PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    emailed_at            TIMESTAMPTZ,
    email_attempts        INTEGER       NOT NULL DEFAULT 0,
    email_next_attempt_at TIMESTAMPTZ,
    email_claimed_until   TIMESTAMPTZ,
    email_error           VARCHAR(500)
);
CREATE UNIQUE INDEX notification_dedupe_idx ON notification (employee_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX notification_inbox_idx ON notification (employee_id, created_at DESC, id DESC) WHERE in_app;
CREATE INDEX notification_unread_idx ON notification (employee_id) WHERE in_app AND read_at IS NULL;
CREATE INDEX notification_email_idx ON notification (email_next_attempt_at, id) WHERE email_status = 'PENDING';
CREATE INDEX notification_agency_idx ON notification (agency_id, created_at);

-- Per person and kind: in the application, by e-mail. No row: both on.
CREATE TABLE notification_preference (
    employee_id  BIGINT       NOT NULL REFERENCES employee (id),
    agency_id    BIGINT       NOT NULL REFERENCES agency (id),
    kind         VARCHAR(30)  NOT NULL,
    in_app       BOOLEAN      NOT NULL DEFAULT TRUE,
    email        BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (employee_id, kind)
);
CREATE INDEX notification_preference_agency_idx ON notification_preference (agency_id);

-- The language e-mails are written in (Indonesian unless the person chose English).
CREATE TABLE notification_setting (
    employee_id  BIGINT       PRIMARY KEY REFERENCES employee (id),
    agency_id    BIGINT       NOT NULL REFERENCES agency (id),
    language     VARCHAR(5)   NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX notification_setting_agency_idx ON notification_setting (agency_id);
