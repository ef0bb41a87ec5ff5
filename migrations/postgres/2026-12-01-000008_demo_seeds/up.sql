-- What the demo data generator (`fraudreport demo seed`) made: one row per
-- run, kept up to date batch by batch, so that a database holding any
-- report it did not make is refused.
CREATE TABLE demo_seeds (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    first_report_id BIGINT,
    last_report_id BIGINT,
    reports BIGINT NOT NULL DEFAULT 0
);
