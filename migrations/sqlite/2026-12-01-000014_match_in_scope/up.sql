-- A search, a platform filter and a loss filter read an authority's
-- matching cases newest first from one index, without visiting reports:
-- each indicator and each case total carries its case's authority ('' for
-- the hub's cases) and the time the case was received. The application
-- writes them with each indicator, triggers with each total, and triggers
-- on reports move both when a case is re-routed (or its time corrected).
CREATE TABLE indicators_scoped (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    typed TEXT NOT NULL,
    normalised TEXT NOT NULL,
    recovery BOOLEAN NOT NULL DEFAULT 0,
    authority_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (report_id, kind, normalised)
) WITHOUT ROWID;

INSERT INTO indicators_scoped (report_id, kind, typed, normalised, recovery, authority_id, created_at)
SELECT i.report_id, i.kind, i.typed, i.normalised, i.recovery, COALESCE(r.authority_id, ''), r.created_at
FROM indicators i JOIN reports r ON r.id = i.report_id;

DROP TABLE indicators;
ALTER TABLE indicators_scoped RENAME TO indicators;
CREATE INDEX indicators_match ON indicators (kind, normalised, authority_id, created_at, report_id);

-- A re-route (or a corrected time) moves the case's entries with it.
CREATE TRIGGER indicators_follow_case AFTER UPDATE OF authority_id, created_at ON reports
WHEN OLD.authority_id IS NOT NEW.authority_id OR OLD.created_at IS NOT NEW.created_at
BEGIN
    UPDATE indicators SET authority_id = COALESCE(NEW.authority_id, ''), created_at = NEW.created_at
    WHERE report_id = NEW.id;
END;

-- The totals, rebuilt with the time received, and their triggers with it.
DROP TRIGGER report_totals_update;
DROP TRIGGER report_totals_insert;
DROP TRIGGER report_totals_delete;
DROP TRIGGER report_totals_reroute;
DROP TRIGGER report_totals_gone;
DROP TABLE report_totals;

CREATE TABLE report_totals (
    report_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    authority_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (report_id, currency)
) WITHOUT ROWID;

INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
SELECT p.report_id, p.currency, SUM(p.amount_minor), COALESCE(r.authority_id, ''), r.created_at
FROM payments p JOIN reports r ON r.id = p.report_id
GROUP BY p.report_id, p.currency;

-- The authority's cases (or everyone's) in a currency, newest first, with
-- each total in the index: a page is the first passing entries.
CREATE INDEX report_totals_loss ON report_totals (authority_id, currency, created_at, report_id, total_minor);
CREATE INDEX report_totals_currency ON report_totals (currency, created_at, report_id, total_minor);

CREATE TRIGGER report_totals_insert AFTER INSERT ON payments
BEGIN
    INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
    SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, ''), created_at
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
    INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
    SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, ''), created_at
    FROM reports WHERE id = NEW.report_id
    ON CONFLICT (report_id, currency) DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;

CREATE TRIGGER report_totals_follow_case AFTER UPDATE OF authority_id, created_at ON reports
WHEN OLD.authority_id IS NOT NEW.authority_id OR OLD.created_at IS NOT NEW.created_at
BEGIN
    UPDATE report_totals SET authority_id = COALESCE(NEW.authority_id, ''), created_at = NEW.created_at
    WHERE report_id = NEW.id;
END;

CREATE TRIGGER report_totals_gone AFTER DELETE ON reports
BEGIN
    DELETE FROM report_totals WHERE report_id = OLD.id;
END;
