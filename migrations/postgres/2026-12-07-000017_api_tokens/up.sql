-- Read-only API tokens of an authority's own systems (`/api/v1/…`): the
-- secret is shown once; only its lookup key (SHA-256, as for every other
-- token of the service) is kept.
CREATE TABLE api_tokens (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id TEXT NOT NULL,
    name TEXT NOT NULL,
    token_key BYTEA NOT NULL UNIQUE,
    created_by BIGINT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    revoked_by BIGINT REFERENCES accounts (id),
    last_used_at TIMESTAMP
);
CREATE INDEX api_tokens_authority ON api_tokens (authority_id, id);

-- When a case last changed: its arrival, then each entry of its history
-- (status, note, assignment, re-routing, message). The API lists an
-- authority's changes in (changed_at, id) order from this index.
-- The service writes it with every new report; the default only stands
-- for rows written by hand.
ALTER TABLE reports ADD COLUMN changed_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE reports SET changed_at = GREATEST(
    created_at,
    (SELECT MAX(at) FROM case_events WHERE report_id = reports.id)
);
CREATE INDEX reports_changes ON reports (authority_id, changed_at, id);

CREATE FUNCTION case_events_change_report() RETURNS trigger AS $$
BEGIN
    UPDATE reports SET changed_at = NEW.at
    WHERE id = NEW.report_id AND changed_at < NEW.at;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_events_change_report AFTER INSERT ON case_events
    FOR EACH ROW EXECUTE FUNCTION case_events_change_report();
