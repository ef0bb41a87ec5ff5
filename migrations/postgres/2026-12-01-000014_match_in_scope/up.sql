-- A search, a platform filter and a loss filter read an authority's
-- matching cases newest first from one index, without visiting reports:
-- each indicator and each case total carries its case's authority ('' for
-- the hub's cases) and the time the case was received. The application
-- writes them with each indicator, triggers with each total, and triggers
-- on reports move both when a case is re-routed (or its time corrected).
CREATE TABLE indicators_scoped AS
SELECT i.report_id, i.kind, i.typed, i.normalised, i.recovery,
       COALESCE(r.authority_id, '') AS authority_id, r.created_at
FROM indicators i JOIN reports r ON r.id = i.report_id;

DROP TABLE indicators;
ALTER TABLE indicators_scoped RENAME TO indicators;
ALTER TABLE indicators
    ALTER COLUMN report_id SET NOT NULL,
    ALTER COLUMN kind SET NOT NULL,
    ALTER COLUMN typed SET NOT NULL,
    ALTER COLUMN normalised SET NOT NULL,
    ALTER COLUMN recovery SET NOT NULL,
    ALTER COLUMN recovery SET DEFAULT false,
    ALTER COLUMN authority_id SET NOT NULL,
    ALTER COLUMN created_at SET NOT NULL,
    ADD CONSTRAINT indicators_pkey PRIMARY KEY (report_id, kind, normalised),
    ADD CONSTRAINT indicators_report_id_fkey FOREIGN KEY (report_id)
        REFERENCES reports (id) ON DELETE CASCADE;
CREATE INDEX indicators_match ON indicators (kind, normalised, authority_id, created_at, report_id);

-- A re-route (or a corrected time) moves the case's entries with it.
CREATE FUNCTION indicators_follow_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE indicators SET authority_id = COALESCE(NEW.authority_id, ''), created_at = NEW.created_at
    WHERE report_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER indicators_follow_case AFTER UPDATE OF authority_id, created_at ON reports
FOR EACH ROW WHEN (OLD.authority_id IS DISTINCT FROM NEW.authority_id
                   OR OLD.created_at IS DISTINCT FROM NEW.created_at)
EXECUTE FUNCTION indicators_follow_case();

-- The totals get the time received, and their trigger writes it.
ALTER TABLE report_totals ADD COLUMN created_at TIMESTAMP;
UPDATE report_totals t SET created_at = r.created_at FROM reports r WHERE r.id = t.report_id;
ALTER TABLE report_totals ALTER COLUMN created_at SET NOT NULL;

-- The authority's cases (or everyone's) in a currency, newest first, with
-- each total in the index: a page is the first passing entries.
DROP INDEX report_totals_loss;
DROP INDEX report_totals_currency;
CREATE INDEX report_totals_loss ON report_totals (authority_id, currency, created_at, report_id, total_minor);
CREATE INDEX report_totals_currency ON report_totals (currency, created_at, report_id, total_minor);

CREATE OR REPLACE FUNCTION report_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
        WHERE report_id = OLD.report_id AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
        SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, ''), created_at
        FROM reports WHERE id = NEW.report_id
        ON CONFLICT (report_id, currency)
        DO UPDATE SET total_minor = report_totals.total_minor + excluded.total_minor;
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM report_totals WHERE report_id = OLD.id;
    ELSE
        UPDATE report_totals SET authority_id = COALESCE(NEW.authority_id, ''), created_at = NEW.created_at
        WHERE report_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER report_totals_reroute ON reports;
CREATE TRIGGER report_totals_follow_case AFTER UPDATE OF authority_id, created_at ON reports
FOR EACH ROW WHEN (OLD.authority_id IS DISTINCT FROM NEW.authority_id
                   OR OLD.created_at IS DISTINCT FROM NEW.created_at)
EXECUTE FUNCTION report_totals_follow();
