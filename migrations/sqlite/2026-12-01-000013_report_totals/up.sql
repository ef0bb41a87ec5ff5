-- The queue's "loss at least" filter: each case's total per currency,
-- with its authority ('' for the hub's cases), kept by triggers on
-- payments and on re-routes, so the filter reads an index of totals
-- instead of summing every case's payments on the way down the queue.
CREATE TABLE report_totals (
    report_id BIGINT NOT NULL,
    currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    authority_id TEXT NOT NULL,
    PRIMARY KEY (report_id, currency)
);

INSERT INTO report_totals (report_id, currency, total_minor, authority_id)
SELECT p.report_id, p.currency, SUM(p.amount_minor), COALESCE(r.authority_id, '')
FROM payments p JOIN reports r ON r.id = p.report_id
GROUP BY p.report_id, p.currency, r.authority_id;

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

CREATE TRIGGER report_totals_gone AFTER DELETE ON reports
BEGIN
    DELETE FROM report_totals WHERE report_id = OLD.id;
END;
