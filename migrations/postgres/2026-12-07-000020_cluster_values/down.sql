DROP TABLE cluster_values;
