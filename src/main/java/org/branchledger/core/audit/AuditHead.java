package org.branchledger.core.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The small file {@code audit-head} beside the database: the newest audit entry's number and hash, so a
 * trail cut at its end (the newest rows deleted together with their entries) no longer matches it.
 *
 * <p>Written once per committed write transaction, not per row, in two steps so that a kill at any moment
 * leaves a file {@code verify} reads correctly: before the commit the coming head is written as
 * {@code pending} beside the committed one; after the commit it becomes the committed one. Each write is a
 * temporary file moved over the old one. A head that the trail no longer holds when this process first
 * writes (the data was changed while the program was closed) is never overwritten: it is kept as
 * {@code audit-head-kept-TIME} for {@code verify} to report. Failures to write are logged, never thrown:
 * the data's commit is what matters.
 */
public final class AuditHead {
    public static final String FILE_NAME = "audit-head";
    static final String KEPT_PREFIX = "audit-head-kept-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final System.Logger LOG = System.getLogger(AuditHead.class.getName());

    /** What a head file says. {@code restoredAt}: when a backup last replaced the data (null: never). */
    public record State(Path file, AuditAnchor committed, AuditAnchor pending, LocalDateTime written,
                        LocalDateTime restoredAt) {
    }

    private final Path folder;
    /** Whether this process has looked at the file already (done once, at its first write). */
    private boolean checked;
    private AuditAnchor committed;
    private AuditAnchor pending;
    private LocalDateTime restoredAt;

    public AuditHead(Path folder) {
        this.folder = folder;
    }

    /** Inside a write transaction, after its work, before its commit: notes the head about to be committed. */
    public synchronized void beforeCommit(Connection c) {
        try {
            AuditAnchor now = AuditAnchor.latest(c);
            if (!checked) {
                adoptOrKeep(c);
                checked = true;
            }
            if (now.equals(committed)) {
                return; // the transaction wrote no audit entry
            }
            pending = now;
            write(committed, pending);
        } catch (SQLException | IOException | RuntimeException e) {
            pending = null;
            LOG.log(System.Logger.Level.WARNING, "audit-head not written before commit", e);
        }
    }

    /** After the commit: the pending head is now the committed one. */
    public synchronized void afterCommit() {
        if (pending == null) {
            return;
        }
        committed = pending;
        pending = null;
        try {
            write(committed, null);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "audit-head not written after commit", e);
        }
    }

    /** The transaction rolled back: its pending head never happened (the file may say so; verify knows). */
    public synchronized void rolledBack() {
        pending = null;
    }

    /** After the program itself wrote entries outside a transaction (migrations at open). */
    public synchronized void sync(Connection c) {
        beforeCommit(c);
        afterCommit();
    }

    /** The file will be read again before the next write (the data was replaced underneath). */
    public synchronized void forget() {
        checked = false;
        committed = null;
        pending = null;
        restoredAt = null;
    }

    /** Takes over the file this process finds, or keeps it aside when the trail no longer holds it. */
    private void adoptOrKeep(Connection c) throws IOException, SQLException {
        Path file = folder.resolve(FILE_NAME);
        Optional<State> found = read(file);
        if (found.isEmpty()) {
            return;
        }
        State s = found.get();
        restoredAt = s.restoredAt();
        if (s.pending() != null && s.pending().heldBy(c)) {
            committed = s.pending(); // killed between commit and the second write
        } else if (s.committed() == null || s.committed().heldBy(c)) {
            committed = s.committed();
        } else {
            Path kept = folder.resolve(KEPT_PREFIX + LocalDateTime.now(AuditTrigger.clock()).format(STAMP));
            Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private void write(AuditAnchor head, AuditAnchor coming) throws IOException {
        Properties p = new Properties();
        if (head != null) {
            p.setProperty("head", head.text());
        }
        if (coming != null) {
            p.setProperty("pending", coming.text());
        }
        if (restoredAt != null) {
            p.setProperty("restoredAt", restoredAt.toString());
        }
        p.setProperty("written", LocalDateTime.now(AuditTrigger.clock()).truncatedTo(ChronoUnit.MILLIS).toString());
        writeAtomically(folder.resolve(FILE_NAME), p);
    }

    private static void writeAtomically(Path file, Properties p) throws IOException {
        StringWriter w = new StringWriter();
        p.store(w, "Branch Ledger: the newest audit entry (number:hash); verify compares the database with it");
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
        org.branchledger.core.db.Permissions.protect(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A backup replaced the data (restore): the head starts again from the restored trail, and anchors
     * written before now that the restored trail does not hold are no longer compared. Called with the
     * database closed; the next transaction writes the new head.
     */
    public static void markRestored(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("restoredAt", LocalDateTime.now(AuditTrigger.clock()).truncatedTo(ChronoUnit.MILLIS).toString());
        p.setProperty("written", p.getProperty("restoredAt"));
        writeAtomically(folder.resolve(FILE_NAME), p);
    }

    /** The head file and any kept ones, as found (unreadable ones as a state without anchors). */
    public static List<State> readAll(Path folder) {
        List<State> out = new ArrayList<>();
        read(folder.resolve(FILE_NAME)).ifPresent(out::add);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(KEPT_PREFIX)).sorted()
                    .forEach(f -> read(f).ifPresent(out::add));
        } catch (IOException e) {
            // no folder: nothing kept
        }
        return out;
    }

    static Optional<State> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new State(file, null, null, null, null));
        }
        return Optional.of(new State(file, AuditAnchor.parse(p.getProperty("head")).orElse(null),
                AuditAnchor.parse(p.getProperty("pending")).orElse(null), time(p.getProperty("written")),
                time(p.getProperty("restoredAt"))));
    }

    private static LocalDateTime time(String text) {
        try {
            return text == null ? null : LocalDateTime.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
