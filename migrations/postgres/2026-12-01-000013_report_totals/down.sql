DROP TRIGGER report_totals_gone ON reports;
DROP TRIGGER report_totals_reroute ON reports;
DROP TRIGGER report_totals_payments ON payments;
DROP FUNCTION report_totals_follow();
DROP FUNCTION report_totals_keep();
DROP TABLE report_totals;
