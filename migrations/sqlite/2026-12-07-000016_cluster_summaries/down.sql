DROP TABLE cluster_losses;
DROP TABLE cluster_counts;
DROP TABLE cluster_summaries;
DROP INDEX clusters_to_summarise;
ALTER TABLE clusters DROP COLUMN summarised;
