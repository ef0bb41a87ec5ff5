CREATE INDEX report_keys_report ON report_keys (report_id);
DROP TABLE link_queue;
