-- Linkage: the values reports share (`link_keys`, each with how many
-- reports hold it and, while it links, the cluster they are in), which
-- reports hold each (`report_keys`), and the clusters those links make:
-- the connected components, kept as each report is stored. A report that
-- holds no linking value is in no cluster.
CREATE TABLE link_keys (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    reports BIGINT NOT NULL DEFAULT 0,
    cluster_id BIGINT,
    -- Set by a coordinator: 'linking' or 'not-linking'.
    manual TEXT,
    UNIQUE (kind, value)
);
CREATE INDEX link_keys_cluster ON link_keys (cluster_id);

CREATE TABLE report_keys (
    key_id BIGINT NOT NULL REFERENCES link_keys (id),
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    PRIMARY KEY (key_id, report_id)
) WITHOUT ROWID;
CREATE INDEX report_keys_report ON report_keys (report_id);

CREATE TABLE report_clusters (
    report_id BIGINT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    cluster_id BIGINT NOT NULL
);
CREATE INDEX report_clusters_cluster ON report_clusters (cluster_id);

-- A cluster is named by the id of a report in it; `reports` counts them.
CREATE TABLE clusters (
    id BIGINT PRIMARY KEY,
    reports BIGINT NOT NULL
);

-- Whether the clusters must be rebuilt (a value became too common, a
-- coordinator changed a value), and whether the values themselves must
-- be read anew from the indicators (reports predate linkage, or linking a
-- batch failed and its reports were stored unlinked).
CREATE TABLE linkage_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    rebuild_due BOOLEAN NOT NULL,
    rekey_due BOOLEAN NOT NULL,
    rebuilt_at TIMESTAMP
);
INSERT INTO linkage_state (id, rebuild_due, rekey_due)
SELECT 1, EXISTS (SELECT 1 FROM reports), EXISTS (SELECT 1 FROM reports);
