package org.branchledger.branch;

import org.branchledger.core.branch.Branch;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.branchledger.core.Progress;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.ScannedPages;
import org.branchledger.core.i18n.Messages;
import org.branchledger.safety.Backups;

/**
 * Deleting a branch with everything it holds. Never without a backup of the whole data folder made first
 * (kept in the folder's backups/, where 设置 → 数据安全 can restore it), and, for a real branch, never
 * without its name typed again.
 */
public final class BranchRemoval {
    /**
     * How the backup made before a deletion is named: 删除支部前-红旗村党支部-2026-12-06-143000.blbak; with a
     * password without the branch's name (an encrypted backup names no branch outside its encrypted part).
     */
    public static final String BACKUP_PREFIX = "删除支部前-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Database db;
    private final BranchRepository branches;
    private final Backups backups;
    private final ScannedPages pages;
    private final Clock clock;

    public BranchRemoval(Database db, BranchRepository branches, Backups backups, ScannedPages pages, Clock clock) {
        this.db = db;
        this.branches = branches;
        this.backups = backups;
        this.pages = pages;
        this.clock = clock;
    }

    /** What a deletion did: the branch, the backup made before it, and how many records went. */
    public record Removed(Branch branch, Path backup, int records) {
    }

    /** Whether {@code typed} is the branch's name typed again (spaces around it do not count). */
    public static boolean confirms(Branch branch, String typed) {
        return typed != null && typed.strip().equals(branch.name());
    }

    /**
     * Deletes {@code branch} once {@code typedName} is its name: backup first, then every record of the
     * branch in one transaction, then its scanned pages.
     *
     * @throws UserError (exit 2, nothing written) when the typed name differs
     */
    public Removed remove(Branch branch, String typedName, Progress progress) throws IOException {
        if (!confirms(branch, typedName)) {
            throw UserError.badInput(Messages.get("branch.remove.mismatch", branch.name()));
        }
        return removeNow(branch, progress);
    }

    /**
     * Deletes the demo branch in one step (its people are invented): still with a backup first.
     *
     * @throws UserError when the branch is not the demo one
     */
    public Removed removeDemo(Branch branch, Progress progress) throws IOException {
        if (!branch.demo()) {
            throw UserError.badInput(Messages.get("branch.remove.notDemo", branch.name()));
        }
        return removeNow(branch, progress);
    }

    private Removed removeNow(Branch branch, Progress progress) throws IOException {
        Branch stored = db.transaction(tx -> branches.byId(tx, branch.id())).orElseThrow(() ->
                UserError.badInput(Messages.get("branch.error.unknown", branch.name())));
        String named = backups.encrypted() ? "" : fileSafe(stored.name()) + "-";
        Path backup = backups.backupFolder().resolve(BACKUP_PREFIX + named
                + LocalDateTime.now(clock).format(STAMP) + Backups.EXTENSION);
        backups.create(backup, progress);
        List<String> storedPages = db.transaction(tx -> branches.attachmentPaths(tx, stored.id()));
        int records = db.transaction(tx -> branches.delete(tx, stored.id()));
        for (String page : storedPages) {
            deleteQuietly(page);
        }
        return new Removed(stored, backup, records);
    }

    /** A scanned page of a deleted branch: the backup holds it; one that cannot go now stays, harmless. */
    private void deleteQuietly(String storedPath) {
        try {
            pages.delete(storedPath);
        } catch (IOException e) {
            // left behind: nothing points at it any more
        }
    }

    private static String fileSafe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }
}
