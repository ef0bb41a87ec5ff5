ALTER TABLE campaigns DROP COLUMN cluster_report_id;
ALTER TABLE outbox DROP COLUMN cluster_notice_id;
DROP TABLE cluster_notices;
DROP TABLE cluster_names;
