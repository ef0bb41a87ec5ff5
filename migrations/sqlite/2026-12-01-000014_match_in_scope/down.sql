DROP TRIGGER indicators_follow_case;
CREATE TABLE indicators_plain (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    typed TEXT NOT NULL,
    normalised TEXT NOT NULL,
    recovery BOOLEAN NOT NULL DEFAULT 0,
    PRIMARY KEY (report_id, kind, normalised)
) WITHOUT ROWID;
INSERT INTO indicators_plain (report_id, kind, typed, normalised, recovery)
SELECT report_id, kind, typed, normalised, recovery FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators_plain RENAME TO indicators;
CREATE INDEX indicators_match ON indicators (kind, normalised);

DROP TRIGGER report_totals_follow_case;
DROP TRIGGER report_totals_update;
DROP TRIGGER report_totals_insert;
DROP TRIGGER report_totals_delete;
DROP INDEX report_totals_loss;
DROP INDEX report_totals_currency;
ALTER TABLE report_totals DROP COLUMN created_at;
CREATE INDEX report_totals_loss ON report_totals (authority_id, currency, total_minor);
CREATE INDEX report_totals_currency ON report_totals (currency, total_minor);

CREATE TRIGGER report_totals_insert AFTER INSERT ON payments
BEGIN
    INSERT INTO report_totals (report_id, currency, total_minor, authority_id)
    SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, '')
    FROM reports WHERE id = NEW.report_id
    ON CONFLICT (report_id, currency) DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;

CREATE TRIGGER report_totals_delete AFTER DELETE ON payments
BEGIN
    UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
    WHERE report_id = OLD.report_id AND currency = OLD.currency;
END;

CREATE TRIGGER report_totals_update AFTER UPDATE OF amount_minor, currency ON payments
BEGIN
    UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
    WHERE report_id = OLD.report_id AND currency = OLD.currency;
    INSERT INTO report_totals (report_id, currency, total_minor, authority_id)
    SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, '')
    FROM reports WHERE id = NEW.report_id
    ON CONFLICT (report_id, currency) DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;

CREATE TRIGGER report_totals_reroute AFTER UPDATE OF authority_id ON reports
WHEN OLD.authority_id IS NOT NEW.authority_id
BEGIN
    UPDATE report_totals SET authority_id = COALESCE(NEW.authority_id, '')
    WHERE report_id = NEW.id;
END;
