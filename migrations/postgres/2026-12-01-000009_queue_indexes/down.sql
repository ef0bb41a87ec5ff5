DROP INDEX reports_queue_recovery;
DROP INDEX reports_queue_locale;
DROP INDEX reports_queue_region;
DROP INDEX reports_queue_country;
