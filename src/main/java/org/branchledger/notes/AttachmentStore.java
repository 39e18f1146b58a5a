package org.branchledger.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.branchledger.core.db.ScannedPages;

/**
 * Scanned pages of notes, stored as {@code attachments/<noteId>/<name>} (the name recorded in the database;
 * on disk sealed under another name when the folder has a password; on an office's server the bytes are kept
 * there, in the record's transaction: {@link ScannedPages}). Every method
 * touches files or the database: call them through {@code tasks.run(...)}, never on the FX thread.
 */
public final class AttachmentStore {
    public static final String[] EXTENSIONS = {"*.pdf", "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.bmp"};

    private final NotesService notes;
    private final ScannedPages pages;

    public AttachmentStore(NotesService notes, ScannedPages pages) {
        this.notes = notes;
        this.pages = pages;
    }

    /**
     * Keeps a copy of {@code source} beside the note's other pages (a free name is picked) and records it, in
     * one transaction: a password step, which holds every write, never runs between the two.
     */
    public Attachment store(long branchId, long noteId, Path source) throws IOException {
        String name = source.getFileName().toString();
        String dir = ScannedPages.FOLDER + "/" + noteId + "/";
        String safe = safeName(name);
        int dot = safe.lastIndexOf('.');
        String stem = dot > 0 ? safe.substring(0, dot) : safe;
        String ext = dot > 0 ? safe.substring(dot) : "";
        String stored = dir + safe;
        for (int i = 2; pages.exists(stored); i++) {
            stored = dir + stem + "(" + i + ")" + ext;
        }
        String chosen = stored;
        try {
            return notes.addAttachment(branchId, new Attachment(null, noteId, name, chosen), tx -> {
                try {
                    pages.add(tx, chosen, source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            pages.discard(chosen); // the row was not written: neither is the page
            throw e;
        }
    }

    /**
     * The name a page is stored under: the chosen file's, with what Windows does not allow in a file name
     * (and a name of dots only) replaced, so that it is the same file wherever the folder goes. The name as
     * chosen is recorded beside it.
     */
    static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return safe.isBlank() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }

    /** A stored page's bytes, decrypted into memory when the folder has a password. */
    public byte[] read(Attachment a) throws IOException {
        return pages.read(a.storedPath());
    }
}
