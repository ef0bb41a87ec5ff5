DROP INDEX outbox_report;
