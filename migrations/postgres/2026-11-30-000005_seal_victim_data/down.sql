-- Sealed values cannot be opened here: going back leaves the clear columns
-- as they were when this migration ran.
DROP INDEX outbox_recipient_sent;
ALTER TABLE outbox DROP COLUMN lease_token;
ALTER TABLE outbox DROP COLUMN recipient_key;
ALTER TABLE outbox DROP COLUMN recipient;
ALTER TABLE outbox RENAME COLUMN clear_recipient TO recipient;
CREATE INDEX outbox_recipient_sent ON outbox (recipient, sent_at);

DROP INDEX reports_retention;
DROP INDEX reports_address_key;
ALTER TABLE reports DROP COLUMN contact_erased_at;
ALTER TABLE reports DROP COLUMN address_key;
ALTER TABLE reports DROP COLUMN story;
ALTER TABLE reports DROP COLUMN contact_phone;
ALTER TABLE reports DROP COLUMN contact_email;
ALTER TABLE reports RENAME COLUMN clear_story TO story;
ALTER TABLE reports RENAME COLUMN clear_contact_phone TO contact_phone;
ALTER TABLE reports RENAME COLUMN clear_contact_email TO contact_email;
CREATE INDEX reports_contact_email ON reports (contact_email);
