DROP INDEX case_events_handed_on;
ALTER TABLE outbox DROP COLUMN digest_id;
DROP TABLE digests;
