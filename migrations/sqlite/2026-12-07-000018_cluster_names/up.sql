-- A coordinator names a cluster of linked reports as a campaign. The
-- cluster is the one `report_id` is in, whatever merges renamed it since.
CREATE TABLE cluster_names (
    id INTEGER PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    named_at TIMESTAMP NOT NULL,
    account_id BIGINT,
    -- What it held when named.
    victims BIGINT NOT NULL,
    countries BIGINT NOT NULL
);
CREATE INDEX cluster_names_report ON cluster_names (report_id);

-- One notice per authority involved ('' for the hub): how many of the
-- cluster's reports it held when the cluster was named; its outbox rows
-- (one per account, and its intake address) name it.
CREATE TABLE cluster_notices (
    id INTEGER PRIMARY KEY,
    cluster_name_id BIGINT NOT NULL REFERENCES cluster_names (id) ON DELETE CASCADE,
    authority_id TEXT NOT NULL,
    reports BIGINT NOT NULL
);
ALTER TABLE outbox ADD COLUMN cluster_notice_id BIGINT;

-- A campaign alert to the victims of a named cluster: those whose reports
-- are in the cluster this report is in when it is sent.
ALTER TABLE campaigns ADD COLUMN cluster_report_id BIGINT;
