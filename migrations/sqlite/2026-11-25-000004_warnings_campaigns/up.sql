-- Address confirmation, the follow-up warning schedule, indicators reported
-- as a recovery approach, single-purpose tokens (stored only as hashes),
-- addresses that asked for no more mail, and campaign alerts (SQLite).
ALTER TABLE reports ADD COLUMN email_confirmed_at TIMESTAMP;
ALTER TABLE reports ADD COLUMN followups_sent INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reports_followups_due ON reports (followups_sent, created_at);
CREATE INDEX reports_contact_email ON reports (contact_email);

ALTER TABLE indicators ADD COLUMN recovery BOOLEAN NOT NULL DEFAULT 0;

CREATE TABLE tokens (
    token_key BLOB PRIMARY KEY,
    purpose TEXT NOT NULL,
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
) WITHOUT ROWID;
CREATE INDEX tokens_report ON tokens (report_id);

CREATE TABLE suppressions (
    address_key BLOB PRIMARY KEY,
    created_at TIMESTAMP NOT NULL
) WITHOUT ROWID;

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    fallback_locale TEXT NOT NULL,
    countries TEXT,
    platform TEXT,
    domain TEXT,
    reported_from DATE,
    reported_until DATE,
    sent_at TIMESTAMP,
    recipients BIGINT
);

CREATE TABLE campaign_texts (
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (campaign_id, locale)
) WITHOUT ROWID;

ALTER TABLE outbox ADD COLUMN campaign_id BIGINT REFERENCES campaigns (id);
CREATE INDEX outbox_recipient_sent ON outbox (recipient, sent_at);
