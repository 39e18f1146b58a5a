package org.branchledger.core.db;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scanned pages' part of a step that changes the folder's key (a password set, change or removal, or a
 * folder moved from the legacy key): every page is read with the old key (or as it is, when plain) and
 * written with the new one, under its new name, in the journal's staging folder; then read back there and
 * compared with what was read. The old files are targets that get no staged version (so the swap removes
 * them, keeping them until the step is finished), the new ones are targets that did not exist.
 */
public final class PageRekey {
    /** One page: its file now, where it is stored (its name in the database), its file under the new key. */
    private record Move(String from, String storedPath, String to) {
    }

    private final Path data;
    private final FileKey from;
    private final FileKey to;
    private final List<Move> moves;

    private PageRekey(Path data, FileKey from, FileKey to, List<Move> moves) {
        this.data = data;
        this.from = from;
        this.to = to;
        this.moves = moves;
    }

    /**
     * Finds every page and what it becomes. A sealed page's stored path is read from its first bytes; a
     * plain one's is where it is. Nothing is written.
     *
     * @throws UnreadablePageException a sealed page the old key does not open
     */
    public static PageRekey plan(Path data, FileKey from, FileKey to) throws IOException {
        List<Move> moves = new ArrayList<>();
        for (String file : ScannedPages.all(data)) {
            String stored = storedPath(data, from, file);
            String next = ScannedPages.fileName(to, stored);
            if (!next.equals(file)) {
                moves.add(new Move(file, stored, next));
            }
        }
        return new PageRekey(data, from, to, List.copyOf(moves));
    }

    /** The files the step replaces, creates or removes, for the journal. */
    public List<String> targets() {
        Set<String> all = new LinkedHashSet<>();
        for (Move m : moves) {
            all.add(m.from());
            all.add(m.to());
        }
        return List.copyOf(all);
    }

    /** Writes each page's new file into the journal's staging folder, and proves it there. */
    public void stage(FileJournal journal) throws IOException {
        for (Move m : moves) {
            byte[] content = content(m);
            Path staged = journal.staged(m.to());
            try (OutputStream out = Files.newOutputStream(staged)) {
                Permissions.protect(staged);
                if (sealing()) {
                    FileCipher.seal(to, m.storedPath(), new ByteArrayInputStream(content), out);
                } else {
                    out.write(content);
                }
            }
            byte[] back = sealing() ? FileCipher.open(to, staged).content() : Files.readAllBytes(staged);
            if (!Arrays.equals(content, back)) {
                throw new IOException("the re-encrypted page differs: " + m.storedPath());
            }
        }
    }

    /** How many pages the step rewrites. */
    public int size() {
        return moves.size();
    }

    private boolean sealing() {
        return to != null && !to.legacy();
    }

    private byte[] content(Move m) throws IOException {
        Path file = data.resolve(m.from());
        if (from != null && !from.legacy() && FileCipher.sealed(file)) {
            try {
                return FileCipher.open(from, file).content();
            } catch (IOException e) {
                throw new UnreadablePageException(m.from(), e);
            }
        }
        return Files.readAllBytes(file);
    }

    private static String storedPath(Path data, FileKey from, String file) throws IOException {
        Path p = data.resolve(file);
        if (!FileCipher.sealed(p)) {
            return file; // plain: kept where it is stored
        }
        if (from == null || from.legacy()) {
            throw new UnreadablePageException(file, null); // sealed, but the folder has no key that seals
        }
        try {
            return FileCipher.storedPath(from, p);
        } catch (IOException e) {
            throw new UnreadablePageException(file, e);
        }
    }

    /** A sealed page the folder's key does not open (damaged, or from another folder): the step is refused. */
    public static final class UnreadablePageException extends IOException {
        private final String file;

        UnreadablePageException(String file, Throwable cause) {
            super("a scanned page cannot be decrypted: " + file, cause);
            this.file = file;
        }

        public String file() {
            return file;
        }
    }
}
