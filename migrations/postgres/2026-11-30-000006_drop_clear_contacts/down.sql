-- The clear columns come back empty: sealed values stay sealed.
ALTER TABLE reports ADD COLUMN clear_contact_email TEXT;
ALTER TABLE reports ADD COLUMN clear_contact_phone TEXT;
ALTER TABLE reports ADD COLUMN clear_story TEXT;
ALTER TABLE outbox ADD COLUMN clear_recipient TEXT NOT NULL DEFAULT '';
