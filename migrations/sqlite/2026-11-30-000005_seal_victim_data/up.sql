-- Victims' contact details, stories and recipient addresses become sealed
-- values (encrypted by the service with a data key that is not in the
-- database). The clear columns are renamed; on start the service seals
-- what they hold into the new ones, then the next migration drops them.
-- Mail rules look addresses up by a keyed hash of the canonical address.
DROP INDEX reports_contact_email;
DROP INDEX outbox_recipient_sent;
ALTER TABLE reports RENAME COLUMN contact_email TO clear_contact_email;
ALTER TABLE reports RENAME COLUMN contact_phone TO clear_contact_phone;
ALTER TABLE reports RENAME COLUMN story TO clear_story;
ALTER TABLE reports ADD COLUMN contact_email BLOB;
ALTER TABLE reports ADD COLUMN contact_phone BLOB;
ALTER TABLE reports ADD COLUMN story BLOB;
ALTER TABLE reports ADD COLUMN address_key BLOB;
ALTER TABLE reports ADD COLUMN contact_erased_at TIMESTAMP;
CREATE INDEX reports_address_key ON reports (address_key);
CREATE INDEX reports_retention ON reports (created_at) WHERE contact_erased_at IS NULL;

ALTER TABLE outbox RENAME COLUMN recipient TO clear_recipient;
ALTER TABLE outbox ADD COLUMN recipient BLOB NOT NULL DEFAULT x'';
ALTER TABLE outbox ADD COLUMN recipient_key BLOB;
ALTER TABLE outbox ADD COLUMN lease_token BLOB;
CREATE INDEX outbox_recipient_sent ON outbox (recipient_key, sent_at);
