-- The queue's counts per status, kept by the database itself: one row per
-- authority ('' for the hub's cases) and status, changed by a trigger on
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

CREATE FUNCTION case_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE case_counts SET n = n - 1
        WHERE authority_id = COALESCE(OLD.authority_id, '') AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO case_counts (authority_id, status, n)
        VALUES (COALESCE(NEW.authority_id, ''), NEW.status, 1)
        ON CONFLICT (authority_id, status) DO UPDATE SET n = case_counts.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER case_counts_insert AFTER INSERT OR DELETE ON reports
FOR EACH ROW EXECUTE FUNCTION case_counts_keep();

CREATE TRIGGER case_counts_update AFTER UPDATE OF status, authority_id ON reports
FOR EACH ROW
WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.authority_id IS DISTINCT FROM NEW.authority_id)
EXECUTE FUNCTION case_counts_keep();
