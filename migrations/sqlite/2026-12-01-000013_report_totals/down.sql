DROP TRIGGER report_totals_gone;
DROP TRIGGER report_totals_reroute;
DROP TRIGGER report_totals_update;
DROP TRIGGER report_totals_delete;
DROP TRIGGER report_totals_insert;
DROP TABLE report_totals;
