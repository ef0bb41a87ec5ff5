DROP TRIGGER case_events_change_report ON case_events;
DROP FUNCTION case_events_change_report();
DROP INDEX reports_changes;
ALTER TABLE reports DROP COLUMN changed_at;
DROP TABLE api_tokens;
