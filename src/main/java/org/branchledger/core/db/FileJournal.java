package org.branchledger.core.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step that replaces several files of the data folder together (a password change, a restore, a
 * compaction), made so that a kill at any moment leaves the old files or the new ones, never a mix and
 * never half a file. Decision record 0018 has the states and what a start does with each.
 *
 * <p>The journal ({@value #FILE_NAME}) is written before anything else and names the step and every file
 * it may replace ("targets", paths relative to the data folder). The new versions are made in
 * {@value #STAGING}/; the live files are not touched. {@link #commit()} fsyncs each new file, then writes
 * its size and SHA-256 into the journal in one atomic replace: that is the point of no return. Only then
 * are the live files moved to {@value #KEPT}/ and the new ones moved into their place (renames in one
 * folder tree, {@code ATOMIC_MOVE}); the old ones are deleted (or kept elsewhere) only after the program
 * has opened the new ones. At start, {@link #recover(Path)} finishes a committed step, with each new file
 * checked against its size and checksum before it is moved, and undoes one that was not committed.
 * {@link StepWatch} sees every point between two writes (for the kill trials).
 */
public final class FileJournal {
    public static final String FILE_NAME = "branch-ledger.journal";
    static final String STAGING = "journal-staging";
    static final String KEPT = "journal-kept";
    private static final String TMP = FILE_NAME + ".tmp";
    private static final String ABSENT = "absent";
    private static final String PRESENT = "present";

    /** Where a step is. */
    public enum State {
        /** New files are being made in staging; the live files are untouched. A start undoes the step. */
        PREPARING,
        /** Every new file is complete and recorded; the swap may be under way. A start finishes it. */
        COMMITTED,
        /** Every new file is in place, the old ones kept. A start only removes the old ones. */
        APPLIED,
        /** The swap is being undone (the new files did not open). A start finishes undoing it. */
        ROLLING_BACK
    }

    /** What {@link #recover(Path)} found and did. */
    public enum Recovery { NOTHING, UNDONE, FINISHED, ROLLED_BACK }

    private final Path dir;
    private final String step;
    private final String keepTo;
    /** Target → whether it existed when the step began. */
    private final Map<String, Boolean> oldPresent;
    /** Target → "size:sha256" of its new version, or {@value #ABSENT}; filled at commit. */
    private final Map<String, String> expected = new LinkedHashMap<>();
    private State state;

    private FileJournal(Path dir, String step, String keepTo, Map<String, Boolean> oldPresent, State state) {
        this.dir = dir;
        this.step = step;
        this.keepTo = keepTo;
        this.oldPresent = oldPresent;
        this.state = state;
    }

    /**
     * Starts a step: writes the journal naming {@code targets}, before anything else is written.
     *
     * @param keepTo where the replaced files go when the step is finished (relative to the folder), or
     *               null to delete them
     */
    public static FileJournal begin(Path dir, String step, List<String> targets, String keepTo) throws IOException {
        if (Files.exists(dir.resolve(FILE_NAME))) {
            recover(dir); // an earlier step's journal is finished before a new one may start
        }
        Map<String, Boolean> old = new LinkedHashMap<>();
        for (String t : targets) {
            old.put(checkedName(t), Files.exists(dir.resolve(t), LinkOption.NOFOLLOW_LINKS));
        }
        DurableFiles.deleteTree(dir.resolve(STAGING));
        FileJournal j = new FileJournal(dir, step, keepTo, old, State.PREPARING);
        j.write();
        Files.createDirectories(dir.resolve(STAGING));
        StepWatch.at("begun");
        return j;
    }

    public String step() {
        return step;
    }

    public State state() {
        return state;
    }

    /** Where the new version of {@code target} is to be written (its folders made). */
    public Path staged(String target) throws IOException {
        if (!oldPresent.containsKey(target)) {
            throw new IllegalArgumentException("not a target of this step: " + target);
        }
        Path p = dir.resolve(STAGING).resolve(target);
        Files.createDirectories(p.getParent());
        return p;
    }

    /** The staging folder itself (for tools that work on a folder, such as H2's). */
    public Path stagingFolder() {
        return dir.resolve(STAGING);
    }

    /**
     * The point of no return: every staged file is forced to disk, then its size and checksum are
     * recorded (a target with no staged file is to be removed), then the journal says COMMITTED.
     */
    public void commit() throws IOException {
        requireState(State.PREPARING);
        StepWatch.at("prepared");
        expected.clear();
        for (String t : oldPresent.keySet()) {
            Path s = dir.resolve(STAGING).resolve(t);
            if (Files.isRegularFile(s, LinkOption.NOFOLLOW_LINKS)) {
                DurableFiles.force(s);
                expected.put(t, Files.size(s) + ":" + DurableFiles.sha256(s));
            } else {
                expected.put(t, ABSENT);
            }
        }
        state = State.COMMITTED;
        write();
        StepWatch.at("committed");
    }

    /** Moves the old files aside and the new ones into place; then the journal says APPLIED. */
    public void apply() throws IOException {
        requireState(State.COMMITTED);
        for (String t : oldPresent.keySet()) {
            forward(t);
        }
        syncTree();
        state = State.APPLIED;
        write();
        StepWatch.at("applied");
    }

    /** The new files opened: the old ones go (or to {@code keepTo}), then the journal. */
    public void finish() throws IOException {
        requireState(State.APPLIED);
        Path kept = dir.resolve(KEPT);
        if (keepTo != null && Files.isDirectory(kept)) {
            Path to = dir.resolve(keepTo);
            Files.createDirectories(to.getParent());
            Files.move(kept, to, StandardCopyOption.ATOMIC_MOVE);
        }
        DurableFiles.deleteTree(kept);
        DurableFiles.deleteTree(dir.resolve(STAGING));
        StepWatch.at("finishing");
        Files.deleteIfExists(dir.resolve(FILE_NAME));
        DurableFiles.syncDir(dir);
    }

    /**
     * Undoes the step, from wherever it is: before the commit only the staging goes; after it, every old
     * file goes back and every file the step created goes.
     */
    public void undo() throws IOException {
        if (state == State.PREPARING && !hasKeptFiles(dir)) {
            DurableFiles.deleteTree(dir.resolve(STAGING));
            Files.deleteIfExists(dir.resolve(FILE_NAME));
            DurableFiles.syncDir(dir);
            return;
        }
        state = State.ROLLING_BACK;
        write();
        for (String t : oldPresent.keySet()) {
            Path k = dir.resolve(KEPT).resolve(t);
            Path target = dir.resolve(t);
            if (Files.exists(k, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target.getParent());
                Files.move(k, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                StepWatch.at("back:" + t);
            } else if (!oldPresent.get(t)) {
                Files.deleteIfExists(target);
                StepWatch.at("back:" + t);
            }
            // else: the old file was never moved aside, so it is still in place
        }
        syncTree();
        DurableFiles.deleteTree(dir.resolve(KEPT));
        DurableFiles.deleteTree(dir.resolve(STAGING));
        Files.deleteIfExists(dir.resolve(FILE_NAME));
        DurableFiles.syncDir(dir);
    }

    /**
     * At start, before the database opens (the caller holds the folder's lock): finishes a committed step,
     * undoes one that was not, and removes a staging folder no journal speaks for.
     */
    public static Recovery recover(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(TMP)); // a journal never finished writing was never in force
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            DurableFiles.deleteTree(dir.resolve(STAGING)); // only ever copies: the live files were not touched
            return Recovery.NOTHING;
        }
        FileJournal j = read(dir);
        switch (j.state) {
            case PREPARING -> {
                boolean moved = hasKeptFiles(dir);
                j.undo();
                return moved ? Recovery.ROLLED_BACK : Recovery.UNDONE;
            }
            case COMMITTED -> {
                try {
                    for (String t : j.oldPresent.keySet()) {
                        j.forward(t);
                    }
                } catch (DamagedStagingException e) {
                    j.undo(); // a new file no longer matches its checksum: the old files are still whole
                    return Recovery.ROLLED_BACK;
                }
                j.syncTree();
                j.state = State.APPLIED;
                j.write();
                j.finish();
                return Recovery.FINISHED;
            }
            case APPLIED -> {
                j.finish();
                return Recovery.FINISHED;
            }
            default -> {
                j.undo();
                return Recovery.ROLLED_BACK;
            }
        }
    }

    /** Brings one target to its new version; safe to repeat from any point a kill left it at. */
    private void forward(String t) throws IOException {
        Path target = dir.resolve(t);
        Path s = dir.resolve(STAGING).resolve(t);
        Path k = dir.resolve(KEPT).resolve(t);
        String want = expected.get(t);
        boolean old = oldPresent.get(t);
        if (ABSENT.equals(want)) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (old && !Files.exists(k)) {
                    moveAside(target, k);
                    StepWatch.at("aside:" + t);
                } else {
                    Files.delete(target);
                }
            }
            return;
        }
        if (Files.exists(s, LinkOption.NOFOLLOW_LINKS)) {
            if (!want.equals(Files.size(s) + ":" + DurableFiles.sha256(s))) {
                throw new DamagedStagingException(t);
            }
            if (old && Files.exists(target) && !Files.exists(k)) {
                moveAside(target, k);
                StepWatch.at("aside:" + t);
            }
            Files.createDirectories(target.getParent());
            Files.move(s, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            StepWatch.at("in:" + t);
        } else {
            // moved in before the kill (a rename is whole or not at all): its size must be the new one
            long size = Long.parseLong(want.substring(0, want.indexOf(':')));
            if (!Files.isRegularFile(target) || Files.size(target) != size) {
                throw new DamagedStagingException(t);
            }
        }
    }

    private static void moveAside(Path target, Path kept) throws IOException {
        Files.createDirectories(kept.getParent());
        Files.move(target, kept, StandardCopyOption.ATOMIC_MOVE);
    }

    private void requireState(State wanted) {
        if (state != wanted) {
            throw new IllegalStateException("journal of " + step + " is " + state + ", not " + wanted);
        }
    }

    // ---------------------------------------------------------------- the journal file

    /** Writes the journal whole or not at all: a temporary file, forced, renamed over, folder forced. */
    private void write() throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("step=").append(step).append('\n');
        s.append("state=").append(state).append('\n');
        if (keepTo != null) {
            s.append("keepTo=").append(keepTo).append('\n');
        }
        int i = 0;
        for (Map.Entry<String, Boolean> e : oldPresent.entrySet()) {
            s.append("target.").append(i).append('=').append(e.getKey()).append('\n');
            s.append("old.").append(i).append('=').append(e.getValue() ? PRESENT : ABSENT).append('\n');
            if (expected.containsKey(e.getKey())) {
                s.append("new.").append(i).append('=').append(expected.get(e.getKey())).append('\n');
            }
            i++;
        }
        String body = s.toString();
        String check = DurableFiles.sha256(body.getBytes(StandardCharsets.UTF_8));
        DurableFiles.writeWhole(dir.resolve(FILE_NAME), body + "check=" + check + '\n');
    }

    /** Reads the journal; one whose checksum does not fit is treated as an unfinished step of unknown files. */
    static FileJournal read(Path dir) throws IOException {
        String text = Files.readString(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        int at = text.lastIndexOf("check=");
        String body = at < 0 ? "" : text.substring(0, at);
        boolean intact = at >= 0 && text.substring(at + "check=".length()).strip()
                .equals(DurableFiles.sha256(body.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> p = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                p.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        if (!intact) {
            return damaged(dir);
        }
        Map<String, Boolean> old = new LinkedHashMap<>();
        FileJournal j = new FileJournal(dir, p.getOrDefault("step", "?"), p.get("keepTo"), old,
                State.valueOf(p.get("state")));
        for (int i = 0; p.containsKey("target." + i); i++) {
            String t = checkedName(p.get("target." + i));
            old.put(t, PRESENT.equals(p.get("old." + i)));
            if (p.containsKey("new." + i)) {
                j.expected.put(t, p.get("new." + i));
            }
        }
        return j;
    }

    /**
     * A journal that does not check out (a disk fault: it is only ever replaced whole) names no files we
     * can trust: whatever was moved aside goes back, and nothing else is touched.
     */
    private static FileJournal damaged(Path dir) throws IOException {
        Map<String, Boolean> old = new LinkedHashMap<>();
        Path kept = dir.resolve(KEPT);
        if (Files.isDirectory(kept)) {
            try (var files = Files.walk(kept)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    old.put(kept.relativize(f).toString().replace('\\', '/'), true);
                }
            }
        }
        return new FileJournal(dir, "?", null, old, State.ROLLING_BACK);
    }

    private static String checkedName(String t) {
        if (!DurableFiles.insideFolder(t)) {
            throw new IllegalArgumentException("not a file of the data folder: " + t);
        }
        return t;
    }

    private static boolean hasKeptFiles(Path dir) throws IOException {
        Path kept = dir.resolve(KEPT);
        if (!Files.isDirectory(kept)) {
            return false;
        }
        try (var files = Files.walk(kept)) {
            return files.anyMatch(Files::isRegularFile);
        }
    }

    /** Forces the folders a swap renamed into and out of. */
    private void syncTree() {
        List<Path> folders = new ArrayList<>(List.of(dir, dir.resolve(STAGING), dir.resolve(KEPT)));
        for (String t : oldPresent.keySet()) {
            Path parent = dir.resolve(t).getParent();
            if (!folders.contains(parent)) {
                folders.add(parent);
            }
        }
        folders.stream().filter(Files::isDirectory).forEach(DurableFiles::syncDir);
    }
}
