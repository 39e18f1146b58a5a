package org.branchledger.core.db;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * The scanned pages of an office's server (issue 21): each page's bytes in the server's {@code scanned_page}
 * table, written in the transaction of the record that names it, so a page added on one PC is seen on every
 * other and the server's backup holds it. The data folder keeps a copy of each page read or written
 * ({@value ScannedPages#SERVER_COPIES}/, sealed with the folder's key when it has a password) so a page is
 * fetched once; a copy whose SHA-256 is not the server's (another server, a page replaced, a copy sealed under
 * an old password) is fetched again.
 */
final class ServerPages {
    private final Database db;
    private final ScannedPages cache;
    private final ScannedPageRepository pages = new ScannedPageRepository();

    ServerPages(Database db, ScannedPages cache) {
        this.db = db;
        this.cache = cache;
    }

    boolean exists(String storedPath) {
        return pages.sha256(db.dsl(), storedPath) != null;
    }

    byte[] read(String storedPath) throws IOException {
        String sha = pages.sha256(db.dsl(), storedPath);
        if (sha == null) {
            throw new NoSuchFileException(storedPath, null, "not on the server");
        }
        byte[] copy = cached(storedPath);
        if (copy != null && DurableFiles.sha256(copy).equals(sha)) {
            return copy;
        }
        byte[] content = pages.content(db.dsl(), storedPath);
        if (content == null) {
            throw new NoSuchFileException(storedPath, null, "removed from the server meanwhile");
        }
        keepCopy(storedPath, content);
        return content;
    }

    /**
     * Adds the page in the transaction {@code tx}: a page another PC added under the same path meanwhile fails it
     * (rolled back whole) rather than being replaced. The folder's copy is made at once (if rolled back, never read).
     */
    void add(org.jooq.DSLContext tx, String storedPath, byte[] content) {
        pages.insert(tx, storedPath, DurableFiles.sha256(content), content);
        keepCopy(storedPath, content);
    }

    /** Keeps (or replaces) the page, in a transaction of its own. */
    void write(String storedPath, byte[] content) {
        db.transaction(tx -> {
            pages.put(tx, storedPath, DurableFiles.sha256(content), content);
            return null;
        });
        keepCopy(storedPath, content);
    }

    /** A page whose transaction rolled back: only the folder's copy is left to remove (the server's went with it). */
    void discard(String storedPath) throws IOException {
        cache.delete(storedPath);
    }

    void delete(String storedPath) throws IOException {
        db.transaction(tx -> {
            pages.delete(tx, storedPath);
            return null;
        });
        cache.delete(storedPath);
    }

    private byte[] cached(String storedPath) {
        if (!DurableFiles.insideFolder(storedPath)) {
            return null; // a name no page of ours has: never a file outside the copies' folder
        }
        try {
            return cache.exists(storedPath) ? cache.read(storedPath) : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable (sealed under another key, damaged): fetched again
        }
    }

    /** A copy that cannot be kept (a full disk) only costs a fetch next time. */
    private void keepCopy(String storedPath, byte[] content) {
        if (!DurableFiles.insideFolder(storedPath)) {
            return;
        }
        try {
            cache.write(storedPath, content);
        } catch (IOException e) {
            // fetched from the server again next time
        }
    }
}
