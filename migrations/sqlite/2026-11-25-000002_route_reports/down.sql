DROP INDEX reports_routed_to;
ALTER TABLE reports DROP COLUMN routing_reason;
ALTER TABLE reports DROP COLUMN routed_to;
ALTER TABLE reports DROP COLUMN authority_id;
ALTER TABLE reports DROP COLUMN geo_matches_residence;
ALTER TABLE reports DROP COLUMN geo_region;
ALTER TABLE reports DROP COLUMN geo_country;
ALTER TABLE reports DROP COLUMN residence_region;
