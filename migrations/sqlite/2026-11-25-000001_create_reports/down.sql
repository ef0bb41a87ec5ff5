DROP TABLE outbox;
DROP TABLE indicators;
DROP TABLE payments;
DROP TABLE reports;
