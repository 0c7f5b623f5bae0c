-- Feedback: the appraiser's feedback on realisations (umpan balik), threaded, and performance dialogues (dialog
-- kinerja) with their participants, the obstacles raised and the actions agreed.

CREATE TABLE feedback (
    id              BIGSERIAL PRIMARY KEY,
    agency_id       BIGINT        NOT NULL REFERENCES agency (id),
    plan_id         BIGINT        NOT NULL REFERENCES performance_plan (id) ON DELETE CASCADE,
    realisation_id  BIGINT        NOT NULL REFERENCES realisation (id) ON DELETE CASCADE,
    -- the comment answered (null: a new thread) and the first comment of the thread (null for that one itself)
    parent_id       BIGINT        REFERENCES feedback (id) ON DELETE CASCADE,
    thread_id       BIGINT        REFERENCES feedback (id) ON DELETE CASCADE,
    author_id       BIGINT        NOT NULL REFERENCES employee (id),
    recipient_id    BIGINT        REFERENCES employee (id),
    body            VARCHAR(4000) NOT NULL,
    asks_evidence   BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by      VARCHAR(120)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK ((parent_id IS NULL) = (thread_id IS NULL))
);
CREATE INDEX feedback_realisation_idx ON feedback (realisation_id, created_at, id);
CREATE INDEX feedback_plan_idx ON feedback (agency_id, plan_id);
CREATE INDEX feedback_parent_idx ON feedback (parent_id);
CREATE INDEX feedback_thread_idx ON feedback (thread_id);

CREATE TABLE dialogue (
    id                BIGSERIAL PRIMARY KEY,
    agency_id         BIGINT        NOT NULL REFERENCES agency (id),
    appraiser_id      BIGINT        NOT NULL REFERENCES employee (id),
    kind              VARCHAR(10)   NOT NULL CHECK (kind IN ('SCHEDULED', 'AD_HOC')),
    status            VARCHAR(10)   NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    topic             VARCHAR(300)  NOT NULL,
    scheduled_at      TIMESTAMPTZ   NOT NULL,
    place             VARCHAR(300),
    online_link       VARCHAR(2000),
    held_at           TIMESTAMPTZ,
    notes             VARCHAR(20000),
    cancel_reason     VARCHAR(1000),
    created_by        VARCHAR(120)  NOT NULL,
    creator_id        BIGINT        REFERENCES employee (id),
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version           INTEGER       NOT NULL DEFAULT 0,
    CHECK ((status = 'HELD') = (held_at IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))
);
CREATE INDEX dialogue_appraiser_idx ON dialogue (agency_id, appraiser_id, scheduled_at);
CREATE INDEX dialogue_agency_idx ON dialogue (agency_id, scheduled_at);
CREATE INDEX dialogue_upcoming_idx ON dialogue (agency_id, scheduled_at) WHERE status = 'SCHEDULED';

-- The appraisees in the dialogue: one, or several for a team dialogue.
CREATE TABLE dialogue_participant (
    dialogue_id  BIGINT NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    agency_id    BIGINT NOT NULL REFERENCES agency (id),
    employee_id  BIGINT NOT NULL REFERENCES employee (id),
    PRIMARY KEY (dialogue_id, employee_id)
);
CREATE INDEX dialogue_participant_employee_idx ON dialogue_participant (employee_id, dialogue_id);

-- Obstacles raised in the dialogue (kendala), to be solved together.
CREATE TABLE dialogue_obstacle (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT        NOT NULL REFERENCES agency (id),
    dialogue_id  BIGINT        NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    description  VARCHAR(1000) NOT NULL,
    raised_by    BIGINT        REFERENCES employee (id),
    created_by   VARCHAR(120)  NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_obstacle_dialogue_idx ON dialogue_obstacle (dialogue_id, id);

-- Agreed actions (tindak lanjut): who does what by when, and how it went.
CREATE TABLE dialogue_action (
    id            BIGSERIAL PRIMARY KEY,
    agency_id     BIGINT        NOT NULL REFERENCES agency (id),
    dialogue_id   BIGINT        NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    obstacle_id   BIGINT        REFERENCES dialogue_obstacle (id) ON DELETE SET NULL,
    description   VARCHAR(1000) NOT NULL,
    owner_id      BIGINT        NOT NULL REFERENCES employee (id),
    due_date      DATE          NOT NULL,
    status        VARCHAR(8)    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    follow_up     VARCHAR(2000),
    created_by    VARCHAR(120)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by    VARCHAR(120),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    closed_at     TIMESTAMPTZ,
    version       INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX dialogue_action_dialogue_idx ON dialogue_action (dialogue_id, id);
CREATE INDEX dialogue_action_owner_idx ON dialogue_action (owner_id, status, due_date);
CREATE INDEX dialogue_action_obstacle_idx ON dialogue_action (obstacle_id);
