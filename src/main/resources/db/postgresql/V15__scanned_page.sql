-- V15: the bytes of scanned pages (issue 21), as db/migration/V15 makes them on H2. On the server every page is
-- kept here, keyed by the stored path its note_attachment row names, written in the same transaction as that
-- row. No audit trigger: the page's record is its note_attachment row, which is audited; the bytes do not go
-- into the trail, sha256 names them.
CREATE TABLE scanned_page (
    stored_path  VARCHAR(500)  PRIMARY KEY,
    sha256       CHAR(64)      NOT NULL,
    content      BYTEA         NOT NULL
);
