-- Who did something is an account's NIP or "token:<name>" (names up to 100 characters): make room for both.
ALTER TABLE audit_event ALTER COLUMN actor TYPE VARCHAR(120);
ALTER TABLE employee_history ALTER COLUMN recorded_by TYPE VARCHAR(120);
ALTER TABLE api_token ALTER COLUMN created_by TYPE VARCHAR(120);
ALTER TABLE import_job ALTER COLUMN created_by TYPE VARCHAR(120);
ALTER TABLE performance_period ALTER COLUMN opened_by TYPE VARCHAR(120);
ALTER TABLE plan_event ALTER COLUMN actor TYPE VARCHAR(120);
