package org.branchledger.township;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchRepository;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.DurableFiles;
import org.jooq.DSLContext;

/**
 * Receiving a branch package at the township (接收数据包): the file is checked whole first (checksums, version,
 * every row); then a branch not held is added, and a branch held from an older package is replaced by the new
 * one as one transaction — its rows deleted, the package's inserted — never merged row by row. A package older
 * than the one held, one for a branch kept here, or one whose branch name another branch has, is refused with
 * nothing written. Scanned pages go beside the data first, under a folder of their own, and are removed again
 * if the transaction does not commit.
 */
public final class PackageReceiving {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String ATTACHMENTS = "attachments/";

    private final Database db;
    private final ReceivedBranchRepository received;
    private final BranchRepository branches;
    private final BranchStandings standings;
    private final Path dataFolder;
    private final org.branchledger.core.db.ScannedPages scans;
    private final java.time.Clock clock;
    private final Consumer<String> afterTable;

    public PackageReceiving(Database db, ReceivedBranchRepository received, BranchRepository branches,
                            BranchStandings standings, Path dataFolder, org.branchledger.core.db.ScannedPages scans,
                            java.time.Clock clock) {
        this(db, received, branches, standings, dataFolder, scans, clock, table -> { });
    }

    /** @param afterTable told each table's name once its rows are in, inside the transaction (tests fail here) */
    PackageReceiving(Database db, ReceivedBranchRepository received, BranchRepository branches,
                     BranchStandings standings, Path dataFolder, org.branchledger.core.db.ScannedPages scans,
                     java.time.Clock clock, Consumer<String> afterTable) {
        this.db = db;
        this.received = received;
        this.branches = branches;
        this.standings = standings;
        this.dataFolder = dataFolder;
        this.scans = scans;
        this.clock = clock;
        this.afterTable = afterTable;
    }

    /** Whether the package has a password, so it must be asked for before receiving (nothing is checked yet). */
    public static boolean needsPassword(Path file) {
        return PackageArchive.encrypted(file);
    }

    /**
     * Receives the package {@code file} ({@code password}: its password, or null).
     *
     * @throws UserError (exit 2, nothing written) when the package is damaged, changed, newer, older than the
     *                   one held, from a branch kept here, or has a row this program cannot take
     */
    public Receipt receive(Path file, char[] password) throws IOException {
        OpenedPackage opened = PackageArchive.open(file, password);
        PackageCheck.check(opened);
        PackageManifest m = opened.manifest();
        String name = opened.table(BranchRowsRepository.BRANCH_TABLE).rows().get(0).get("name");
        Optional<HeldBranch> held = db.transaction(tx -> held(tx, opened, name));
        if (held.isPresent() && m.madeAt().equals(held.get().reportedAt())) {
            return new Receipt(Receipt.Outcome.UNCHANGED, held.get().name(), m, opened.checksumCode(), m.madeAt(), null);
        }
        sweepLeftoverPages();
        int year = m.year() != null ? m.year() : m.madeAt().getYear();
        BranchStanding before = held.map(h -> standings.of(branch(h.id()), year, h.reportedAt(), standings.today())).orElse(null);
        List<String> oldPages = held.map(h -> db.transaction(tx -> branches.attachmentPaths(tx, h.id()))).orElse(List.of());
        String pageFolder = ATTACHMENTS + "received/" + m.branchUuid().substring(0, 8) + "-"
                + LocalDateTime.now(clock).format(STAMP);
        Path pages = dataFolder.resolve(pageFolder);
        List<String> written = new java.util.ArrayList<>();
        long id;
        try {
            if (m.pages() > 0) { // kept as this folder keeps pages: sealed with its key when it has a password
                PackageArchive.copyPages(opened, password, (stored, content) -> {
                    String here = pageFolder + "/" + underAttachments(stored);
                    scans.write(here, content);
                    written.add(here);
                });
            }
            id = db.transaction(tx -> {
                if (!Objects.equals(held(tx, opened, name), held)) {
                    throw PackageArchive.refused("township.receive.error.meanwhile", fileName(opened));
                }
                return received.write(tx, held.map(HeldBranch::id).orElse(null), opened.tables(), m.madeAt(),
                        stored -> pageFolder + "/" + underAttachments(stored), afterTable);
            });
        } catch (org.jooq.exception.DataAccessException e) {
            forget(written);
            DurableFiles.deleteTree(pages);
            throw PackageArchive.refused("township.receive.error.write", fileName(opened), reason(e));
        } catch (RuntimeException | Error | IOException e) {
            forget(written);
            DurableFiles.deleteTree(pages);
            throw e;
        }
        forget(oldPages);
        BranchStanding after = standings.of(branch(id), year, m.madeAt(), standings.today());
        return new Receipt(held.isPresent() ? Receipt.Outcome.REPLACED : Receipt.Outcome.ADDED, name, m,
                opened.checksumCode(), held.map(HeldBranch::reportedAt).orElse(null), new BranchChanges(before, after));
    }

    /** Removes pages no record points at any more (sealed or plain); a failure leaves a page, never a record. */
    private void forget(List<String> storedPaths) {
        for (String p : storedPaths) {
            try {
                scans.delete(p);
            } catch (IOException e) {
                // an unreferenced page stays behind; sealed, it says nothing
            }
        }
    }

    /**
     * The branch the package replaces (empty: a new one).
     *
     * @throws UserError when the package may not be received
     */
    private Optional<HeldBranch> held(DSLContext tx, OpenedPackage opened, String name) {
        PackageManifest m = opened.manifest();
        Optional<HeldBranch> held = received.byUuid(tx, m.branchUuid());
        if (held.isPresent()) {
            HeldBranch h = held.get();
            if (!h.received()) {
                throw PackageArchive.refused("township.receive.error.own", fileName(opened), h.name());
            }
            if (m.madeAt().isBefore(h.reportedAt())) {
                throw PackageArchive.refused("township.receive.error.older", fileName(opened), h.name(),
                        m.madeAt().format(WHEN), h.reportedAt().format(WHEN));
            }
        }
        Optional<HeldBranch> sameName = received.byName(tx, name);
        if (sameName.isPresent() && !sameName.get().uuid().equals(m.branchUuid())) {
            throw PackageArchive.refused("township.receive.error.name", fileName(opened), name);
        }
        return held;
    }

    /**
     * Scans copied for a receiving that never committed (the process was killed in between) are in a folder no
     * record points into: removed before the next receiving.
     */
    private void sweepLeftoverPages() throws IOException {
        Path received = dataFolder.resolve(ATTACHMENTS + "received");
        if (!Files.isDirectory(received)) {
            return;
        }
        try (var folders = Files.list(received)) {
            for (Path f : folders.toList()) {
                String prefix = ATTACHMENTS + "received/" + f.getFileName() + "/";
                if (Files.isDirectory(f) && !db.transaction(tx -> received(tx, prefix))) {
                    DurableFiles.deleteTree(f);
                }
            }
        }
    }

    private boolean received(DSLContext tx, String prefix) {
        return this.received.pagesUnder(tx, prefix);
    }

    private Branch branch(long id) {
        return db.transaction(tx -> branches.byId(tx, id)).orElseThrow();
    }

    /** A scan's place at the branch, below its attachments folder (a name that climbs out is refused). */
    private static String underAttachments(String stored) {
        String rest = stored.startsWith(ATTACHMENTS) ? stored.substring(ATTACHMENTS.length()) : stored;
        if (rest.contains("..") || rest.startsWith("/")) {
            throw new IllegalArgumentException("not a page path: " + stored);
        }
        return rest;
    }

    private static String fileName(OpenedPackage opened) {
        return opened.file().getFileName().toString();
    }

    /** The database's own words for a refused row, first line only. */
    private static String reason(RuntimeException e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return text.lines().findFirst().orElse(text);
    }
}
