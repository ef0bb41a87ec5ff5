-- Crypto payments as they happened: a payment's amount may be in a crypto
-- asset (`crypto_amount`, in the asset's smallest unit, as decimal digits:
-- wei overflow 64 bits at 9.2 ETH) and/or in a currency (both now
-- optional, one of the two required by the form); the network it went
-- over, its transaction hash (also an indicator, `tx-btc` / `tx-eth` /
-- `tx-trx`), and the exchange or bank it was bought or sent from.
ALTER TABLE payments ALTER COLUMN amount_minor DROP NOT NULL;
ALTER TABLE payments ALTER COLUMN currency DROP NOT NULL;
ALTER TABLE payments ADD COLUMN crypto_asset TEXT;
ALTER TABLE payments ADD COLUMN crypto_amount TEXT;
ALTER TABLE payments ADD COLUMN network TEXT;
ALTER TABLE payments ADD COLUMN tx_hash TEXT;
ALTER TABLE payments ADD COLUMN source TEXT;
ALTER TABLE payments ADD CONSTRAINT payments_fiat_whole CHECK ((amount_minor IS NULL) = (currency IS NULL));
ALTER TABLE payments ADD CONSTRAINT payments_crypto_whole CHECK ((crypto_amount IS NULL) = (crypto_asset IS NULL));
ALTER TABLE payments ADD CONSTRAINT payments_some_amount CHECK (amount_minor IS NOT NULL OR crypto_amount IS NOT NULL);

-- The totals per currency count payments with a currency only.
CREATE OR REPLACE FUNCTION report_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.currency IS NOT NULL THEN
        UPDATE report_totals SET total_minor = total_minor - OLD.amount_minor
        WHERE report_id = OLD.report_id AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.currency IS NOT NULL THEN
        INSERT INTO report_totals (report_id, currency, total_minor, authority_id, created_at)
        SELECT NEW.report_id, NEW.currency, NEW.amount_minor, COALESCE(authority_id, ''), created_at
        FROM reports WHERE id = NEW.report_id
        ON CONFLICT (report_id, currency)
        DO UPDATE SET total_minor = report_totals.total_minor + excluded.total_minor;
    END IF;
    RETURN NULL;
END;
$$;
