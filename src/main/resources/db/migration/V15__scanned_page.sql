-- V15: the bytes of scanned pages, for an office's server (issue 21). On a server each page is kept here, keyed by
-- the stored path its note_attachment row names, written in the same transaction as that row, so every PC sees
-- it and the server's backup holds it. A data folder's H2 file leaves this table empty: its pages stay files
-- under attachments/ (core/db/ScannedPages). No audit trigger: the page's record is its note_attachment row,
-- which is audited; the bytes do not go into the trail, sha256 names them.
CREATE TABLE scanned_page (
    stored_path  VARCHAR(500)  PRIMARY KEY,
    sha256       CHAR(64)      NOT NULL,
    content      BLOB          NOT NULL
);
