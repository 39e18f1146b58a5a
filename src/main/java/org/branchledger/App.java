package org.branchledger;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.branchledger.appraisal.AppraisalImport;
import org.branchledger.appraisal.AppraisalLedger;
import org.branchledger.appraisal.AppraisalPublicLedger;
import org.branchledger.appraisal.AppraisalRepository;
import org.branchledger.appraisal.AppraisalService;
import org.branchledger.branch.BranchRepository;
import org.branchledger.branch.BranchService;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DataFolderInUseException;
import org.branchledger.core.db.DataFolderLock;
import org.branchledger.core.audit.ChangeDescriber;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.PasswordRequiredException;
import org.branchledger.core.db.WrongPasswordException;
import org.branchledger.auditlog.AuditLogRepository;
import org.branchledger.auditlog.AuditLogService;
import org.branchledger.safety.Backups;
import org.branchledger.safety.DataKey;
import org.branchledger.safety.PasswordFile;
import org.branchledger.safety.PasswordService;
import org.branchledger.safety.SafetyRepository;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.PrintLogRepository;
import org.branchledger.notes.NotesImport;
import org.branchledger.notes.NotesLedger;
import org.branchledger.notes.NotesRepository;
import org.branchledger.notes.NotesService;
import org.branchledger.demo.DemoService;
import org.branchledger.pledge.PledgeImport;
import org.branchledger.pledge.PledgeRepository;
import org.branchledger.pledge.PledgeService;
import org.branchledger.pledge.PledgesLedger;
import org.branchledger.pledge.PledgesPublicLedger;
import org.branchledger.roster.MemberRepository;
import org.branchledger.roster.RosterImport;
import org.branchledger.roster.RosterLedger;
import org.branchledger.roster.RosterService;
import org.branchledger.settings.SettingRepository;
import org.branchledger.study.AttendanceLedger;
import org.branchledger.study.HoursLedger;
import org.branchledger.study.MeetingsLedger;
import org.branchledger.study.SigninLedger;
import org.branchledger.study.StudyImport;
import org.branchledger.study.StudyRepository;
import org.branchledger.study.StudyService;
import org.branchledger.settings.SettingsService;

/**
 * The composition root: holds the data folder's lock and database, and builds every service once.
 * The window and the commands use the same services.
 */
public final class App implements AutoCloseable {
    private final DataFolder folder;
    private final DataFolderLock lock;
    private final Database db;
    private final DataKey key;
    private final org.branchledger.core.db.ServerChoice server; // null: the folder's own file
    private boolean handedOver; // its folder, lock and key went on to another app (moveTo): close() leaves them

    private final BranchService branches;
    private final org.branchledger.branch.BranchRemoval branchRemoval;
    private final RosterService roster;
    private final SettingsService settings;
    private final DemoService demo;
    private final RosterImport rosterImport;
    private final LedgerService ledgers;
    private final StudyService study;
    private final StudyImport studyImport;
    private final NotesService notes;
    private final NotesImport notesImport;
    private final PledgeService pledges;
    private final PledgeImport pledgeImport;
    private final AppraisalService appraisal;
    private final AppraisalImport appraisalImport;
    private final ChangeDescriber changes;
    private final Backups backups;
    private final PasswordService passwords;
    private final AuditLogService auditLog;
    private final org.branchledger.township.Township township;
    private final Clock clock = clock(); // "today" and every timestamp: see clock()
    private final org.branchledger.core.db.ScannedPages pages;
    /** The database open, and a folder on the legacy key moved on ({@link #openLater}). */
    private java.util.concurrent.CompletableFuture<Void> ready = java.util.concurrent.CompletableFuture.completedFuture(null);

    private App(DataFolder folder, DataFolderLock lock, Database db, DataKey key,
                org.branchledger.core.db.ServerChoice server) {
        this.folder = folder;
        this.lock = lock;
        this.db = db;
        this.key = key;
        this.server = server;
        // on a server the pages are the server's (the folder keeps copies); in a folder, its files
        this.pages = db.engine() == org.branchledger.core.db.Engine.POSTGRESQL
                ? org.branchledger.core.db.ScannedPages.onServer(folder.path(), key::fileKey, db)
                : new org.branchledger.core.db.ScannedPages(folder.path(), key::fileKey);
        org.branchledger.core.audit.AuditTrigger.stampWith(clock);
        BranchRepository branchRepository = new BranchRepository();
        MemberRepository memberRepository = new MemberRepository();
        this.branches = new BranchService(db, branchRepository, clock);
        this.roster = new RosterService(db, memberRepository, clock);
        this.settings = new SettingsService(db, new SettingRepository(), folder.path().resolve("cache").resolve("font-size"));
        StudyRepository studyRepository = new StudyRepository();
        PledgeRepository pledgeRepository = new PledgeRepository();
        AppraisalRepository appraisalRepository = new AppraisalRepository();
        this.demo = new DemoService(db, branchRepository, memberRepository, studyRepository, new NotesRepository(),
                pledgeRepository, appraisalRepository, clock);
        this.rosterImport = new RosterImport(db, branchRepository, memberRepository, clock);
        this.study = new StudyService(db, studyRepository, memberRepository);
        this.studyImport = new StudyImport(db, studyRepository, memberRepository);
        NotesRepository notesRepository = new NotesRepository();
        this.notes = new NotesService(db, notesRepository, memberRepository);
        this.notesImport = new NotesImport(db, notesRepository, memberRepository);
        this.pledges = new PledgeService(db, pledgeRepository, memberRepository, clock);
        this.pledgeImport = new PledgeImport(db, pledgeRepository, memberRepository);
        this.appraisal = new AppraisalService(db, appraisalRepository, memberRepository, study, notes,
                PledgeEvidenceOfPledges.of(pledges), clock);
        this.appraisalImport = new AppraisalImport(appraisal);
        this.changes = new ChangeDescriber(); // each feature names its own tables in the 操作记录
        List.<java.util.function.Consumer<ChangeDescriber>>of(org.branchledger.branch.BranchAuditLabels::register,
                org.branchledger.roster.RosterAuditLabels::register, org.branchledger.study.StudyAuditLabels::register,
                org.branchledger.notes.NotesAuditLabels::register, org.branchledger.pledge.PledgeAuditLabels::register,
                org.branchledger.appraisal.AppraisalAuditLabels::register,
                org.branchledger.settings.SettingsAuditLabels::register,
                org.branchledger.ledger.LedgerAuditLabels::register).forEach(labels -> labels.accept(changes));
        this.township = new org.branchledger.township.Township(db, branches, roster, study, pledges, notes, appraisal,
                folder.path(), pages, clock);
        this.ledgers = new LedgerService(db, branches, new PrintLogRepository(), changes, java.util.stream.Stream.concat(
                java.util.stream.Stream.<org.branchledger.ledger.LedgerKind>of(new RosterLedger(roster), new SigninLedger(study, roster),
                        new AttendanceLedger(study, roster), new HoursLedger(study, roster), new MeetingsLedger(study, roster),
                        new NotesLedger(notes, roster), new PledgesLedger(pledges, roster),
                        new PledgesPublicLedger(pledges), new AppraisalLedger(appraisal),
                        new AppraisalPublicLedger(appraisal)), township.ledgers().stream()).toList(), clock);
        this.backups = new Backups(folder, db, key, new SafetyRepository(), clock);
        this.branchRemoval = new org.branchledger.branch.BranchRemoval(db, branchRepository, backups, pages, clock);
        this.passwords = new PasswordService(folder, db, key);
        // the head file sits beside a database file; a server has none (its trail is checked against prints)
        this.auditLog = new AuditLogService(db, new AuditLogRepository(), changes,
                db.engine() == org.branchledger.core.db.Engine.H2 ? folder.path() : null,
                backups::auditAnchors, ledgers::auditAnchors);
    }

    /**
     * The one clock the app reads "today" and its timestamps from (statuses such as 逾期, the review queue, the
     * home page, the dates forms suggest, 打印日期, print records, backups, the audit trail): the system's, or,
     * when the system property {@code branchledger.today} holds an ISO date, one that starts on that day at noon
     * and runs on from there, so that checks and commands do not depend on the calendar while two timestamps
     * taken one after the other still differ. Everything else is handed this clock (see {@link #todayClock()});
     * only what runs before the app exists (a rescue from a backup, a failure log) asks here.
     */
    public static Clock clock() {
        Clock system = Clock.systemDefaultZone();
        String fixed = System.getProperty("branchledger.today");
        if (fixed == null || fixed.isBlank()) {
            return system;
        }
        java.time.Instant start = java.time.LocalDate.parse(fixed.strip()).atTime(12, 0).atZone(system.getZone())
                .toInstant();
        return Clock.offset(system, java.time.Duration.between(system.instant(), start));
    }

    /** The clock of this app, made once when it opened (see {@link #clock()}). */
    public Clock todayClock() {
        return clock;
    }

    /** Locks the folder first, so a second copy fails before it touches the database. */
    public static App open(DataFolder folder) throws IOException, DataFolderInUseException {
        return open(folder, (char[]) null);
    }

    /** Opens a folder that may have a password ({@code password} null: none given). */
    public static App open(DataFolder folder, char[] password) throws IOException, DataFolderInUseException {
        DataFolderLock lock = DataFolderLock.acquire(folder);
        return open(folder, lock, password);
    }

    /**
     * Like {@link #open(DataFolder, DataFolderLock, char[])}, but returns as soon as the services exist:
     * the database file opens on another thread ({@link #ready()}), so the window can be built meanwhile.
     * Queries made before then wait for it.
     */
    public static App openLater(DataFolder folder, DataFolderLock lock, char[] password) throws IOException {
        App app = unlocked(folder, lock, password, key -> Database.openLater(folder, key.fileKey()), null);
        app.ready = app.db.ready().thenRun(app::upgradeLegacyKey);
        return app;
    }

    /**
     * Completes when the database is open (and a folder on the legacy key moved to a salted one); fails (and
     * the folder should be closed) when it cannot be opened.
     */
    public java.util.concurrent.CompletableFuture<Void> ready() {
        return ready;
    }

    /**
     * A folder whose key is still the legacy one (decision record 0021) is moved to a salted key now, with
     * the password it was just opened with, as one journalled step. A failure leaves it as it was (the step
     * undoes itself) and is only logged: the data opened, and the next open tries again.
     */
    private void upgradeLegacyKey() {
        try {
            passwords.upgradeLegacyKey();
        } catch (Exception e) {
            org.branchledger.core.FailureLog.record(folder, e, clock);
        }
    }

    /**
     * Opens the database of a locked folder: first finishes or undoes a restore or password change that a
     * crash cut off, then checks the password against the folder's hash, then opens (and decrypts) the file.
     * Any failure releases the lock.
     *
     * @throws PasswordRequiredException the folder has a password and none was given
     * @throws WrongPasswordException the password given is not the folder's
     */
    public static App open(DataFolder folder, DataFolderLock lock, char[] password) throws IOException {
        App app = unlocked(folder, lock, password, key -> Database.open(folder, key.fileKey()), null);
        app.upgradeLegacyKey();
        return app;
    }

    /** The folder's key checked, then the database opened with it; any failure releases the lock. */
    private static App unlocked(DataFolder folder, DataFolderLock lock, char[] password,
                                java.util.function.Function<DataKey, Database> database,
                                org.branchledger.core.db.ServerChoice server) throws IOException {
        try {
            DataKey key = org.branchledger.safety.FolderUnlock.checkedKey(folder, password);
            return new App(folder, lock, database.apply(key), key, server);
        } catch (RuntimeException | IOException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Works against an office's PostgreSQL server (issue 21): the data folder keeps the local settings, logs and
     * copies of the scanned pages; the records and the pages live on the server. No folder lock for a command:
     * several people work on one server at once (each change is one transaction there, and the audit chain stays
     * one line, see the server's trigger); the window holds its folder's ({@code lock}) for its settings.
     *
     * @param folderPassword the data folder's own password, if it has one (its scanned pages and backups)
     */
    public static App openServer(DataFolder folder, DataFolderLock lock, org.branchledger.core.db.ServerChoice server,
                                 char[] serverPassword, char[] folderPassword) throws IOException {
        return unlocked(folder, lock, folderPassword,
                key -> Database.openServer(server.address(), server.user(), serverPassword), server);
    }

    /**
     * 设置 → 数据库: the same folder (its lock and key) on the server's data ({@code server} non-null) or on its
     * own file again. The new database is opened first, so a failure changes nothing; then this app's closes.
     */
    public App moveTo(org.branchledger.core.db.ServerChoice server, char[] serverPassword) {
        Database next = server == null ? Database.open(folder, key.fileKey())
                : Database.openServer(server.address(), server.user(), serverPassword);
        App moved = new App(folder, lock, next, key, server);
        handedOver = true;
        db.close();
        if (server == null) {
            moved.upgradeLegacyKey();
        }
        return moved;
    }

    /** The server this app works on; empty: the data folder's own file. */
    public java.util.Optional<org.branchledger.core.db.ServerChoice> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** {@code migrate-to}: this folder's records copied onto an empty server database and checked there (issue 21). */
    public org.branchledger.core.db.ServerCopy.Outcome copyTo(Database server) {
        return org.branchledger.core.db.ServerCopy.copy(db, server, pages);
    }

    /** Whether the folder has a password. */
    public static boolean hasPassword(DataFolder folder) {
        return PasswordFile.exists(folder.path());
    }

    /** Whether {@code password} is the folder's (a slow check, by design). */
    public static boolean passwordMatches(DataFolder folder, char[] password) throws IOException {
        return PasswordFile.read(folder.path().resolve(PasswordFile.FILE_NAME)).matches(password);
    }

    /** The database itself, for tests and benchmarks only (through {@code AppInternals}, beside them); features go through their services. */
    Database database() {
        return db;
    }

    public DataFolder folder() {
        return folder;
    }

    public BranchService branches() {
        return branches;
    }

    /** Deleting a branch: backup first, name typed again (the demo in one step). */
    public org.branchledger.branch.BranchRemoval branchRemoval() {
        return branchRemoval;
    }

    public RosterService roster() {
        return roster;
    }

    public SettingsService settings() {
        return settings;
    }

    public StudyService study() {
        return study;
    }

    public StudyImport studyImport() {
        return studyImport;
    }

    public NotesService notes() {
        return notes;
    }

    public NotesImport notesImport() {
        return notesImport;
    }

    public PledgeService pledges() {
        return pledges;
    }

    public PledgeImport pledgeImport() {
        return pledgeImport;
    }

    public AppraisalService appraisal() {
        return appraisal;
    }

    public AppraisalImport appraisalImport() {
        return appraisalImport;
    }

    public LedgerService ledgers() {
        return ledgers;
    }

    public RosterImport rosterImport() {
        return rosterImport;
    }

    public DemoService demo() {
        return demo;
    }

    public Backups backups() {
        return backups;
    }

    public PasswordService passwords() {
        return passwords;
    }

    /** The scanned pages: on disk (sealed with the folder's key when it has a password), or the server's. */
    public org.branchledger.core.db.ScannedPages pages() {
        return pages;
    }

    public AuditLogService auditLog() {
        return auditLog;
    }

    /** The township's side: branch packages made and received, the overview of every branch. */
    public org.branchledger.township.Township township() {
        return township;
    }

    /** Puts audit entries into words. */
    public ChangeDescriber changes() {
        return changes;
    }

    @Override
    public void close() throws IOException {
        if (handedOver) {
            return; // its database closed when it handed over; the lock is the next app's
        }
        try {
            db.close();
        } finally {
            lock.close();
        }
    }
}
