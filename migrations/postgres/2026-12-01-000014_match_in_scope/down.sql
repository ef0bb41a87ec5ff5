DROP TRIGGER report_totals_follow_case ON reports;
CREATE OR REPLACE FUNCTION report_totals_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM report_totals WHERE report_id = OLD.id;
    ELSE
        UPDATE report_totals SET authority_id = COALESCE(NEW.authority_id, '')
        WHERE report_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER report_totals_reroute AFTER UPDATE OF authority_id ON reports
FOR EACH ROW WHEN (OLD.authority_id IS DISTINCT FROM NEW.authority_id)
EXECUTE FUNCTION report_totals_follow();

CREATE OR REPLACE FUNCTION report_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
        WHERE report_id = OLD.report_id AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_totals (report_id, currency, total_minor, authority_id)
        SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, '')
        FROM reports WHERE id = NEW.report_id
        ON CONFLICT (report_id, currency)
        DO UPDATE SET total_minor = report_totals.total_minor + excluded.total_minor;
    END IF;
    RETURN NULL;
END;
$$;
DROP INDEX report_totals_loss;
DROP INDEX report_totals_currency;
ALTER TABLE report_totals DROP COLUMN created_at;
CREATE INDEX report_totals_loss ON report_totals (authority_id, currency, total_minor);
CREATE INDEX report_totals_currency ON report_totals (currency, total_minor);

DROP TRIGGER indicators_follow_case ON reports;
DROP FUNCTION indicators_follow_case();
DROP INDEX indicators_match;
ALTER TABLE indicators DROP COLUMN created_at, DROP COLUMN authority_id;
CREATE INDEX indicators_match ON indicators (kind, normalised);
