CREATE TABLE payments_old (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    paid_on DATE,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    method TEXT,
    destination TEXT,
    PRIMARY KEY (report_id, position)
) WITHOUT ROWID;
INSERT INTO payments_old (report_id, position, paid_on, amount_minor, currency, method, destination)
SELECT report_id, position, paid_on, amount_minor, currency, method, destination FROM payments
WHERE currency IS NOT NULL;
DROP TABLE payments;
ALTER TABLE payments_old RENAME TO payments;
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
