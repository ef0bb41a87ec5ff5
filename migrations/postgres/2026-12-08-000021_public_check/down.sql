ALTER TABLE api_tokens DROP COLUMN partner;
DROP TABLE check_listings;
ALTER TABLE reports DROP COLUMN network_key;
ALTER TABLE reports DROP COLUMN session_key;
