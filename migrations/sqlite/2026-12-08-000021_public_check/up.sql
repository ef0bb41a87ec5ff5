-- The public check ("is this offer a scam?") shows a value only when two
-- unrelated reports hold it: different browsers (the keyed hash of the
-- form's CSRF cookie) and different networks (the keyed hash of the
-- sender's /24 or /48 network, never the address). Both are NULL for
-- reports that came in before this, each of which counts as unrelated to
-- every other.
ALTER TABLE reports ADD COLUMN session_key BLOB;
ALTER TABLE reports ADD COLUMN network_key BLOB;

-- What coordinators decided about a value for the public check: published
-- (shown with a short public note, whatever the reports) or withdrawn
-- (never shown until published again). Values are stored as indicators
-- are: the kind's text and the normalised form.
CREATE TABLE check_listings (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('published', 'withdrawn')),
    note TEXT NOT NULL,
    changed_by BIGINT REFERENCES accounts (id),
    changed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, value)
);

-- A partner token (a bank's or a telecom's system) is made by a
-- coordinator and opens only the check, never a case.
ALTER TABLE api_tokens ADD COLUMN partner BOOLEAN NOT NULL DEFAULT 0;
