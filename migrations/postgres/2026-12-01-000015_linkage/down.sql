DROP TABLE linkage_state;
DROP TABLE clusters;
DROP TABLE report_clusters;
DROP TABLE report_keys;
DROP TABLE link_keys;
