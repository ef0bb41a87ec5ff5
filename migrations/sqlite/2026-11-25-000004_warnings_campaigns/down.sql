-- SQLite cannot drop a column that holds a foreign key: the outbox is
-- rebuilt without campaign_id, keeping its rows.
DROP INDEX outbox_recipient_sent;
DROP INDEX outbox_state_due;
CREATE TABLE outbox_before (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id BIGINT REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    locale TEXT NOT NULL,
    recipient TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    last_error TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    locked_until TIMESTAMP,
    message_id TEXT
);
INSERT INTO outbox_before
    SELECT id, report_id, kind, locale, recipient, created_at, attempts, next_attempt_at,
           sent_at, last_error, state, locked_until, message_id
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_before RENAME TO outbox;
CREATE INDEX outbox_state_due ON outbox (state, next_attempt_at);
DROP TABLE campaign_texts;
DROP TABLE campaigns;
DROP TABLE suppressions;
DROP TABLE tokens;
ALTER TABLE indicators DROP COLUMN recovery;
DROP INDEX reports_contact_email;
DROP INDEX reports_followups_due;
ALTER TABLE reports DROP COLUMN followups_sent;
ALTER TABLE reports DROP COLUMN email_confirmed_at;
