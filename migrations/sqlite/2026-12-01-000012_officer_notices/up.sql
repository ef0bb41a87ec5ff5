-- Mail to officers: a notice per case routed or handed on to their
-- authority, or, where the authority chose it, one daily digest. Such a
-- row names its account (`outbox.account_id`) and the worker reads the
-- address when it sends, so a deactivated account gets nothing; a digest
-- row names the window it covers.
CREATE TABLE digests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    authority_id TEXT NOT NULL,
    since TIMESTAMP NOT NULL,
    until TIMESTAMP NOT NULL
);
ALTER TABLE outbox ADD COLUMN digest_id BIGINT;
-- The cases handed on to an authority within a digest's window.
CREATE INDEX case_events_handed_on ON case_events (authority_id, at) WHERE kind = 'reroute';
