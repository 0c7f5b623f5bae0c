-- The dashboards' figures per unit, counting only the people placed directly in the unit, computed for one day of a
-- period. The agency and unit dashboards add them up along the unit tree instead of aggregating every indicator and
-- realisation of the agency on each request. A snapshot older than capaian.monitoring.dashboard-max-age is computed
-- again (in the background while the previous one is shown); one for another day is computed before it is shown.

CREATE TABLE monitoring_snapshot (
    agency_id    BIGINT       NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
    period_id    BIGINT       NOT NULL REFERENCES performance_period (id) ON DELETE CASCADE,
    computed_for DATE         NOT NULL,
    sub_period   INTEGER      NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL,
    duration_ms  INTEGER      NOT NULL,
    PRIMARY KEY (agency_id, period_id)
);

CREATE TABLE monitoring_tally (
    agency_id      BIGINT         NOT NULL,
    period_id      BIGINT         NOT NULL,
    unit_id        BIGINT         NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
    employees      INTEGER        NOT NULL,
    plans          INTEGER        NOT NULL,
    approved_plans INTEGER        NOT NULL,
    indicators     INTEGER        NOT NULL,
    entered        INTEGER        NOT NULL,
    pct_sum        NUMERIC,
    pct_count      INTEGER        NOT NULL,
    lagging        INTEGER        NOT NULL,
    pending        INTEGER        NOT NULL,
    PRIMARY KEY (agency_id, period_id, unit_id),
    FOREIGN KEY (agency_id, period_id) REFERENCES monitoring_snapshot (agency_id, period_id) ON DELETE CASCADE
);
