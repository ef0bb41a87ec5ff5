-- Reports stored but not linked yet. Intake adds each new report here in
-- its own transaction (one row, instead of linking it there); the report
-- writer links what is queued in larger batches as soon as intake pauses,
-- and at least every few hundred milliseconds under load, removing the
-- rows in the transaction that links them.
CREATE TABLE link_queue (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE
);
