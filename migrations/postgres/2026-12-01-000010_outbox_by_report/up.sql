-- The case page lists a report's mails: find them by report, not by
-- scanning the whole outbox.
CREATE INDEX outbox_report ON outbox (report_id, created_at);
