-- The queue's counts per status, kept by the database itself: one row per
-- authority ('' for the hub's cases) and status, changed by triggers on
-- every insert, status change, re-route and delete of a report, so that
-- counting an authority's cases reads a handful of rows instead of walking
-- its part of an index on every page.
CREATE TABLE case_counts (
    authority_id TEXT NOT NULL,
    status TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (authority_id, status)
);

INSERT INTO case_counts (authority_id, status, n)
SELECT COALESCE(authority_id, ''), status, count(*) FROM reports
GROUP BY COALESCE(authority_id, ''), status;

CREATE TRIGGER case_counts_insert AFTER INSERT ON reports
BEGIN
    INSERT INTO case_counts (authority_id, status, n)
    VALUES (COALESCE(NEW.authority_id, ''), NEW.status, 1)
    ON CONFLICT (authority_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_counts_update AFTER UPDATE OF status, authority_id ON reports
WHEN OLD.status IS NOT NEW.status OR OLD.authority_id IS NOT NEW.authority_id
BEGIN
    UPDATE case_counts SET n = n - 1
    WHERE authority_id = COALESCE(OLD.authority_id, '') AND status = OLD.status;
    INSERT INTO case_counts (authority_id, status, n)
    VALUES (COALESCE(NEW.authority_id, ''), NEW.status, 1)
    ON CONFLICT (authority_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER case_counts_delete AFTER DELETE ON reports
BEGIN
    UPDATE case_counts SET n = n - 1
    WHERE authority_id = COALESCE(OLD.authority_id, '') AND status = OLD.status;
END;
