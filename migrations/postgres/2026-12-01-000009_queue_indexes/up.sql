-- The queue's filters on a report's own columns, each within an
-- authority and in the queue's order, so that a filtered page is read
-- from an index in order and stops after its rows.
CREATE INDEX reports_queue_country ON reports (authority_id, residence_country, created_at, id);
CREATE INDEX reports_queue_region ON reports (authority_id, residence_region, created_at, id);
CREATE INDEX reports_queue_locale ON reports (authority_id, locale, created_at, id);
CREATE INDEX reports_queue_recovery ON reports (authority_id, recovery_approach, created_at, id);
