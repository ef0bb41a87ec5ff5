-- The outbox as a queue: each row is pending, sent or failed; a worker
-- leases the rows it is sending (locked_until) so that another worker, or
-- the same one after a crash, takes them over only when the lease ran out.
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE outbox ADD COLUMN locked_until TIMESTAMP;
ALTER TABLE outbox ADD COLUMN message_id TEXT;
DROP INDEX outbox_due;
CREATE INDEX outbox_state_due ON outbox (state, next_attempt_at);
