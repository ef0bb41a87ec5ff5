-- Reports stored but not linked yet. Intake adds each new report here in
-- its own transaction (one row, instead of linking it there); the report
-- writer links what is queued in larger batches as soon as intake pauses,
-- and at least once a second under load, removing the
-- rows in the transaction that links them.
CREATE TABLE link_queue (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE
);

-- A report's values are read from its indicators (their primary key starts
-- with the report), so holders need no index by report: one B-tree write
-- less per value of every report linked.
DROP INDEX report_keys_report;
