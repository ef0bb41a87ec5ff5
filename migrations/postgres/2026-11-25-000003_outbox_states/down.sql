DROP INDEX outbox_state_due;
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
ALTER TABLE outbox DROP COLUMN message_id;
ALTER TABLE outbox DROP COLUMN locked_until;
ALTER TABLE outbox DROP COLUMN state;
