package org.branchledger.core.db;

import static org.branchledger.jooq.Tables.SCANNED_PAGE;

import org.jooq.DSLContext;

/** The bytes of scanned pages kept on a server ({@code scanned_page}, V15), keyed by their stored path. */
final class ScannedPageRepository {
    /** The page's SHA-256 (hex), or null when the server holds no such page. */
    String sha256(DSLContext db, String storedPath) {
        String sha = db.select(SCANNED_PAGE.SHA256).from(SCANNED_PAGE).where(SCANNED_PAGE.STORED_PATH.eq(storedPath))
                .fetchOne(SCANNED_PAGE.SHA256);
        return sha == null ? null : sha.strip();
    }

    byte[] content(DSLContext db, String storedPath) {
        return db.select(SCANNED_PAGE.CONTENT).from(SCANNED_PAGE).where(SCANNED_PAGE.STORED_PATH.eq(storedPath))
                .fetchOne(SCANNED_PAGE.CONTENT);
    }

    /** Adds a page; another PC's page under the same path makes it fail (the whole transaction rolls back). */
    void insert(DSLContext tx, String storedPath, String sha256, byte[] content) {
        tx.insertInto(SCANNED_PAGE, SCANNED_PAGE.STORED_PATH, SCANNED_PAGE.SHA256, SCANNED_PAGE.CONTENT)
                .values(storedPath, sha256, content)
                .execute();
    }

    /** Keeps (or replaces) the page under {@code storedPath}. */
    void put(DSLContext tx, String storedPath, String sha256, byte[] content) {
        tx.insertInto(SCANNED_PAGE, SCANNED_PAGE.STORED_PATH, SCANNED_PAGE.SHA256, SCANNED_PAGE.CONTENT)
                .values(storedPath, sha256, content)
                .onConflict(SCANNED_PAGE.STORED_PATH).doUpdate()
                .set(SCANNED_PAGE.SHA256, sha256).set(SCANNED_PAGE.CONTENT, content)
                .execute();
    }

    void delete(DSLContext tx, String storedPath) {
        tx.deleteFrom(SCANNED_PAGE).where(SCANNED_PAGE.STORED_PATH.eq(storedPath)).execute();
    }
}
