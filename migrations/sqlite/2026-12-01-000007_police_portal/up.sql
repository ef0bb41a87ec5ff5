-- The police portal: officers' accounts (password hash, sealed TOTP
-- secret, hashed recovery codes), enrolment tokens, server-side sessions
-- (stored as hashes), login throttling, the hash-chained audit log, each
-- case's status, assignee and history, and per-authority settings.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    authority_id TEXT,
    locale TEXT NOT NULL,
    password_hash TEXT,
    totp_secret BLOB,
    totp_last_step BIGINT,
    created_at TIMESTAMP NOT NULL,
    enrolled_at TIMESTAMP,
    deactivated_at TIMESTAMP,
    password_changed_at TIMESTAMP
);
CREATE INDEX accounts_authority ON accounts (authority_id);

CREATE TABLE account_tokens (
    token_key BLOB PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX account_tokens_account ON account_tokens (account_id);

CREATE TABLE recovery_codes (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash BLOB NOT NULL,
    used_at TIMESTAMP,
    PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE login_throttle (
    subject BLOB PRIMARY KEY NOT NULL,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP NOT NULL
);

-- Ids are numbered by the chain's head, not by the database.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    account_id BIGINT,
    action TEXT NOT NULL,
    authority_id TEXT,
    report_id BIGINT,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE INDEX audit_log_authority ON audit_log (authority_id, id);
-- The chain's head: one row, locked by every append, so appends from
-- several nodes line up one after the other.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    last_id BIGINT NOT NULL,
    last_hash BLOB NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, zeroblob(32));

ALTER TABLE reports ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
ALTER TABLE reports ADD COLUMN assignee_id BIGINT;
CREATE INDEX reports_queue ON reports (authority_id, created_at, id);
CREATE INDEX reports_queue_status ON reports (authority_id, status, created_at, id);
CREATE INDEX reports_created ON reports (created_at, id);

-- What happened to a case: status changes, notes, messages to the victim,
-- re-routes, assignments. Officers' texts are sealed like the victim's.
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    account_id BIGINT REFERENCES accounts (id),
    kind TEXT NOT NULL,
    status TEXT,
    authority_id TEXT,
    body BLOB
);
CREATE INDEX case_events_report ON case_events (report_id, id);

ALTER TABLE outbox ADD COLUMN event_id BIGINT;
ALTER TABLE outbox ADD COLUMN account_id BIGINT;

CREATE TABLE authority_settings (
    authority_id TEXT PRIMARY KEY NOT NULL,
    daily_digest BOOLEAN NOT NULL DEFAULT false,
    digest_sent_at TIMESTAMP
);
