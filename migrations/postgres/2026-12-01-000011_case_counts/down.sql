DROP TRIGGER case_counts_update ON reports;
DROP TRIGGER case_counts_insert ON reports;
DROP FUNCTION case_counts_keep();
DROP TABLE case_counts;
