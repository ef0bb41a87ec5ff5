-- The most shared values of each large cluster (as many as its page
-- lists), kept with its summary: the page of a cluster of thousands of
-- reports would otherwise read all its values, scattered across
-- `link_keys`, on every view. Smaller clusters' pages read `link_keys`.
CREATE TABLE cluster_values (
    cluster_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    reports BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, kind, value)
);
