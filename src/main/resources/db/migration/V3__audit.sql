-- Audit: the append-only trail of who changed what.
CREATE TABLE audit_event (
    id           BIGSERIAL PRIMARY KEY,
    agency_id    BIGINT,
    occurred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor        VARCHAR(40)  NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    BIGINT,
    summary      VARCHAR(300),
    before_state JSONB,
    after_state  JSONB
);
CREATE INDEX audit_event_agency_idx ON audit_event (agency_id, occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);

CREATE RULE audit_event_no_update AS ON UPDATE TO audit_event DO INSTEAD NOTHING;
CREATE RULE audit_event_no_delete AS ON DELETE TO audit_event DO INSTEAD NOTHING;
