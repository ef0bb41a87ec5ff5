-- What the coordinators' overview shows of each cluster of two reports or
-- more, kept by the worker: the clusters linkage changed since are marked
-- (`clusters.summarised` false) and summarised anew a minute later at most.
ALTER TABLE clusters ADD COLUMN summarised BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX clusters_to_summarise ON clusters (id) WHERE NOT summarised;

CREATE TABLE cluster_summaries (
    cluster_id BIGINT PRIMARY KEY,
    reports BIGINT NOT NULL,
    countries BIGINT NOT NULL,
    authorities BIGINT NOT NULL,
    first_at TIMESTAMP NOT NULL,
    last_at TIMESTAMP NOT NULL
);
CREATE INDEX cluster_summaries_reports ON cluster_summaries (reports, cluster_id);
CREATE INDEX cluster_summaries_countries ON cluster_summaries (countries, reports, cluster_id);

-- Victims per country ('country'), reports per authority ('authority',
-- '' for the hub) and reports per week ('week', its Monday) of each
-- summarised cluster.
CREATE TABLE cluster_counts (
    cluster_id BIGINT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    reports BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, dimension, value)
);

-- Loss per currency of each summarised cluster.
CREATE TABLE cluster_losses (
    cluster_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, currency)
);
CREATE INDEX cluster_losses_rank ON cluster_losses (currency, total_minor, cluster_id);
