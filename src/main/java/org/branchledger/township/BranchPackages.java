package org.branchledger.township;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.core.db.Database;

/**
 * Making a branch's package for the township (上报数据包): one branch's records, never another's, read in one
 * transaction so they agree with each other and with the audit trail's newest entry named in the manifest.
 */
public final class BranchPackages {
    private final Database db;
    private final BranchRowsRepository rows;
    private final ReceivedBranchRepository branches;
    private final org.branchledger.core.db.ScannedPages pages;
    private final Clock clock;

    public BranchPackages(Database db, BranchRowsRepository rows, ReceivedBranchRepository branches, org.branchledger.core.db.ScannedPages pages,
                          Clock clock) {
        this.db = db;
        this.rows = rows;
        this.branches = branches;
        this.pages = pages;
        this.clock = clock;
    }

    /** A package made: its manifest and checksum, where it is, and how many current members it carries. */
    public record Made(Path file, PackageManifest manifest, String checksum) {
        /** The checksum as a person reads it out (over the telephone, say): its first eight characters. */
        public String checksumCode() {
            return checksum.substring(0, 8).toUpperCase();
        }

        /** One line: whose package, where, which years, how many rows, whether it has a password, its 校验码. */
        public String summary(String branchName) {
            Integer year = manifest.year();
            return Messages.get("township.export.done", branchName, file.toAbsolutePath(),
                    year == null ? Messages.get("township.export.allYears") : Messages.get("township.export.year", String.valueOf(year)),
                    String.valueOf(manifest.rows("member")), String.valueOf(manifest.totalRows()),
                    Messages.get(manifest.encrypted() ? "township.export.withPassword" : "township.export.noPassword"),
                    checksumCode());
        }
    }

    /** A package's usual file name: 支部名称-上报数据-[年度-]日期.blpkg, characters a file name cannot hold replaced. */
    public static String fileName(Branch branch, Integer year, java.time.LocalDate today) {
        return branch.name().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + "-上报数据-"
                + (year == null ? "" : year + "年-") + today + ".blpkg";
    }

    private record Snapshot(HeldBranch branch, List<PackageTable> tables, AuditAnchor head) {
    }

    /**
     * Writes the package of {@code branch} to exactly {@code out}.
     *
     * @param year      only that year's dated records (the roster is always whole); null: every year
     * @param withPages the scanned pages of the notes too
     * @param password  encrypt every part with it; null: no password
     * @throws UserError (exit 2) for received data (the branch itself sends its package) or a missing scan
     */
    public Made export(Branch branch, Integer year, Path out, boolean withPages, char[] password) throws IOException {
        Snapshot s = db.transaction(tx -> {
            HeldBranch held = branches.byId(tx, branch.id()).orElseThrow(() ->
                    PackageArchive.refused("branch.error.unknown", branch.name()));
            if (held.received()) {
                throw PackageArchive.refused("township.export.error.received", held.name(),
                        held.reportedAt().format(PackageReceiving.WHEN));
            }
            AuditAnchor head = tx.connectionResult(c -> {
                try {
                    return AuditAnchor.latest(c);
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            return new Snapshot(held, rows.read(tx, branch.id(), year, withPages), head);
        });
        // Pages travel as their content (decrypted from this folder's key; the package has its own password)
        Map<String, PackageArchive.PageSource> pageSources = new LinkedHashMap<>();
        for (PackageTable t : s.tables()) {
            if (t.name().equals(BranchRowsRepository.PAGES_TABLE)) {
                for (Map<String, String> row : t.rows()) {
                    String stored = row.get("stored_path");
                    if (stored == null || stored.contains("..") || !pages.exists(stored)) {
                        throw PackageArchive.refused("township.export.error.page", stored);
                    }
                    pageSources.put(stored, () -> pages.read(stored));
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        s.tables().forEach(t -> counts.put(t.name(), t.rows().size()));
        byte[] salt = null;
        if (password != null) {
            salt = new byte[16];
            new SecureRandom().nextBytes(salt);
        }
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, PackageManifest.programVersion(),
                db.schemaVersion(), s.branch().uuid(), password == null ? s.branch().name() : null, year,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS), s.head(), counts, pageSources.size(),
                password != null, salt, Map.of());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        PackageManifest written = PackageArchive.write(out, manifest, s.tables(), pageSources, password);
        return new Made(out, written, PackageArchive.sha256(written.bytes()));
    }
}
