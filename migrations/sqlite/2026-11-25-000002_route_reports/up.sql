-- Where each report goes and why, and where its sender appeared to be.
-- The geolocated country and region are stored; the IP address never is.
ALTER TABLE reports ADD COLUMN residence_region TEXT;
ALTER TABLE reports ADD COLUMN geo_country TEXT;
ALTER TABLE reports ADD COLUMN geo_region TEXT;
ALTER TABLE reports ADD COLUMN geo_matches_residence BOOLEAN;
ALTER TABLE reports ADD COLUMN authority_id TEXT;
ALTER TABLE reports ADD COLUMN routed_to TEXT NOT NULL DEFAULT 'hub';
ALTER TABLE reports ADD COLUMN routing_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX reports_routed_to ON reports (routed_to, created_at);
