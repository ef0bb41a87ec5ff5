-- Crypto payments as they happened: a payment's amount may be in a crypto
-- asset (`crypto_amount`, in the asset's smallest unit, as decimal digits:
-- wei overflow 64 bits at 9.2 ETH) and/or in a currency (both now
-- optional, one of the two required by the form); the network it went
-- over, its transaction hash (also an indicator, `tx-btc` / `tx-eth` /
-- `tx-trx`), and the exchange or bank it was bought or sent from.
-- SQLite cannot drop NOT NULL in place: the table is copied.
CREATE TABLE payments_new (
    report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    paid_on DATE,
    amount_minor BIGINT,
    currency TEXT,
    method TEXT,
    destination TEXT,
    crypto_asset TEXT,
    crypto_amount TEXT,
    network TEXT,
    tx_hash TEXT,
    source TEXT,
    PRIMARY KEY (report_id, position),
    CHECK ((amount_minor IS NULL) = (currency IS NULL)),
    CHECK ((crypto_amount IS NULL) = (crypto_asset IS NULL)),
    CHECK (amount_minor IS NOT NULL OR crypto_amount IS NOT NULL)
) WITHOUT ROWID;
INSERT INTO payments_new (report_id, position, paid_on, amount_minor, currency, method, destination)
SELECT report_id, position, paid_on, amount_minor, currency, method, destination FROM payments;
DROP TABLE payments;
ALTER TABLE payments_new RENAME TO payments;

-- The totals per currency count payments with a currency only.
CREATE TRIGGER report_totals_insert AFTER INSERT ON payments
WHEN NEW.currency IS NOT NULL
BEGIN
    INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
    SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, ''), created_at
    FROM reports WHERE id = NEW.report_id
    ON CONFLICT (report_id, currency) DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;

CREATE TRIGGER report_totals_delete AFTER DELETE ON payments
WHEN OLD.currency IS NOT NULL
BEGIN
    UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
    WHERE report_id = OLD.report_id AND currency = OLD.currency;
END;

CREATE TRIGGER report_totals_update_old AFTER UPDATE OF amount_minor, currency ON payments
WHEN OLD.currency IS NOT NULL
BEGIN
    UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
    WHERE report_id = OLD.report_id AND currency = OLD.currency;
END;

CREATE TRIGGER report_totals_update_new AFTER UPDATE OF amount_minor, currency ON payments
WHEN NEW.currency IS NOT NULL
BEGIN
    INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
    SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, ''), created_at
    FROM reports WHERE id = NEW.report_id
    ON CONFLICT (report_id, currency) DO UPDATE SET total_minor = total_minor + excluded.total_minor;
END;
