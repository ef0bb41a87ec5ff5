-- The service has sealed every clear value (between the two migrations):
-- the clear columns go.
ALTER TABLE reports DROP COLUMN clear_contact_email;
ALTER TABLE reports DROP COLUMN clear_contact_phone;
ALTER TABLE reports DROP COLUMN clear_story;
ALTER TABLE outbox DROP COLUMN clear_recipient;
