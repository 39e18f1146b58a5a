package org.branchledger.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.branchledger.core.db.Permissions;

/**
 * Scanned pages in the data folder under {@code attachments/<noteId>/}. Every method touches files or the
 * database: call them through {@code tasks.run(...)}, never on the FX thread.
 */
public final class AttachmentStore {
    public static final String[] EXTENSIONS = {"*.pdf", "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.bmp"};

    private final NotesService notes;
    private final Path folder;

    public AttachmentStore(NotesService notes, Path dataFolder) {
        this.notes = notes;
        this.folder = dataFolder;
    }

    /** Copies {@code source} beside the note's other pages (a free name is picked) and records it. */
    public Attachment store(long branchId, long noteId, Path source) throws IOException {
        Path dir = folder.resolve("attachments").resolve(String.valueOf(noteId));
        Files.createDirectories(dir);
        String name = source.getFileName().toString();
        Path target = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(stem + "(" + i + ")" + ext);
        }
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        Permissions.protect(dir.getParent());
        Permissions.protect(dir);
        Permissions.protect(target); // a scan the user's folder had world-readable is the owner's only here
        String stored = folder.relativize(target).toString().replace('\\', '/');
        return notes.addAttachment(branchId, new Attachment(null, noteId, name, stored));
    }

    /** Where a stored page is on disk. */
    public Path path(Attachment a) {
        return folder.resolve(a.storedPath());
    }
}
