-- Reports, their payments and indicators, and the e-mail outbox (SQLite).
-- Payments and indicators are keyed by their report: no extra index needed.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    followup_key BLOB NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    locale TEXT NOT NULL,
    contact_email TEXT,
    contact_phone TEXT,
    residence_country TEXT NOT NULL,
    first_contact_channel TEXT,
    first_contact_on DATE,
    platform_name TEXT,
    remote_access TEXT,
    recovery_approach TEXT,
    story TEXT,
    consent_authority BOOLEAN NOT NULL,
    consent_warnings BOOLEAN NOT NULL
);
CREATE INDEX reports_residence ON reports (residence_country, created_at);

CREATE TABLE payments (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    paid_on DATE,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    method TEXT,
    destination TEXT,
    PRIMARY KEY (report_id, position)
) WITHOUT ROWID;

CREATE TABLE indicators (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    typed TEXT NOT NULL,
    normalised TEXT NOT NULL,
    PRIMARY KEY (report_id, kind, normalised)
) WITHOUT ROWID;
CREATE INDEX indicators_match ON indicators (kind, normalised);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id BIGINT REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    locale TEXT NOT NULL,
    recipient TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
