-- The realisation sheet reads a plan's daily progress for one sub-period (every page view and every save drawn after
-- it). progress_entry was indexed by indicator only, so that read scanned the whole table: with 100,000 entries in
-- the 20,000-employee load-test dataset, 20 ms and most of PostgreSQL's CPU under the deadline-day mix. With the
-- index it is a lookup of the plan's few entries.
CREATE INDEX progress_entry_plan_idx ON progress_entry (plan_id, sub_period, entry_date, id);
