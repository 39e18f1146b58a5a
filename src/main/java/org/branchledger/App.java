package org.branchledger;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
import org.branchledger.roster.MemberRepository;
import org.branchledger.roster.MemberColumns;
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

    private final BranchService branches;
    private final RosterService roster;
    private final SettingsService settings;
    private final DemoService demo;
    private final RosterImport rosterImport;
    private final LedgerService ledgers;
    private final StudyService study;
    private final StudyImport studyImport;
    private final NotesService notes;
    private final NotesImport notesImport;
    private final ChangeDescriber changes;
    private final Backups backups;
    private final PasswordService passwords;
    private final AuditLogService auditLog;

    private App(DataFolder folder, DataFolderLock lock, Database db, DataKey key) {
        this.folder = folder;
        this.lock = lock;
        this.db = db;
        BranchRepository branchRepository = new BranchRepository();
        MemberRepository memberRepository = new MemberRepository();
        this.branches = new BranchService(db, branchRepository);
        this.roster = new RosterService(db, memberRepository);
        this.settings = new SettingsService(db, new SettingRepository());
        StudyRepository studyRepository = new StudyRepository();
        this.demo = new DemoService(db, branchRepository, memberRepository, studyRepository, new NotesRepository());
        this.rosterImport = new RosterImport(db, branchRepository, memberRepository);
        this.study = new StudyService(db, studyRepository, memberRepository);
        this.studyImport = new StudyImport(db, studyRepository, memberRepository);
        NotesRepository notesRepository = new NotesRepository();
        this.notes = new NotesService(db, notesRepository, memberRepository);
        this.notesImport = new NotesImport(db, notesRepository, memberRepository);
        this.changes = new ChangeDescriber()
                .register("branch", "支部", "name", Map.of("name", "名称", "secretary", "书记", "phone", "监督电话",
                        "higher_org", "上级党组织", "kind", "类型"))
                .register("member", "党员", "name", MemberColumns.LABELS)
                .register("study_session", "学习活动", "topic", Map.of("held_on", "日期", "kind", "形式", "topic", "主题",
                        "hours_tenths", "学时", "place", "地点", "speaker", "主讲人"))
                .register("attendance", "出勤记录", "status", Map.of("status", "出勤", "makeup_on", "补课日期",
                        "makeup_how", "补课方式"))
                .register("self_study", "自学记录", "material", Map.of("studied_on", "日期", "material", "内容",
                        "hours_tenths", "学时"))
                .register("study_settings", "学习要求设置", "study_year", Map.of("required_tenths", "要求学时",
                        "committee_required_tenths", "支部委员要求学时", "topics", "必学专题"))
                .register("reading_note", "读书笔记、心得体会", "title", Map.of("written_on", "日期", "kind", "类别",
                        "title", "题目", "word_count", "字数", "body", "正文", "reviewer", "批改人", "reviewed_on", "批改日期",
                        "review_comment", "批改意见", "grade", "等级"))
                .register("note_attachment", "笔记扫描件", "file_name", Map.of("file_name", "文件名",
                        "stored_path", "保存位置"))
                .register("spot_check", "笔记抽查", "checked_on", Map.of("checked_on", "抽查日期", "checker", "抽查人",
                        "seed", "抽样种子", "sample_size", "抽查篇数"))
                .register("spot_check_item", "笔记抽查结果", "result", Map.of("note_id", "笔记", "result", "抽查结果"))
                .register("setting", "设置", "setting_key", Map.of("setting_value", "值"))
                .register("print_log", "打印记录", "kind", Map.of("code", "校验码", "kind", "台账"));
        this.ledgers = new LedgerService(db, branches, new PrintLogRepository(), changes,
                List.of(new RosterLedger(roster), new SigninLedger(study, roster), new AttendanceLedger(study, roster),
                        new HoursLedger(study, roster), new MeetingsLedger(study, roster),
                        new NotesLedger(notes, roster)));
        this.backups = new Backups(folder, db, key, new SafetyRepository(), Clock.systemDefaultZone());
        this.passwords = new PasswordService(folder, db, key);
        this.auditLog = new AuditLogService(db, new AuditLogRepository(), changes);
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

    /** Opens the database of a folder whose lock the caller already holds. */
    public static App open(DataFolder folder, DataFolderLock lock) throws IOException {
        return open(folder, lock, null);
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
        try {
            Backups.recover(folder);
            PasswordService.recover(folder);
            char[] pw = null;
            if (PasswordFile.exists(folder.path())) {
                if (password == null) {
                    throw new PasswordRequiredException();
                }
                if (!passwordMatches(folder, password)) {
                    throw new WrongPasswordException(null);
                }
                pw = password;
            }
            return new App(folder, lock, Database.open(folder, pw), new DataKey(pw));
        } catch (RuntimeException | IOException e) {
            lock.close();
            throw e;
        }
    }

    /** Whether the folder has a password. */
    public static boolean hasPassword(DataFolder folder) {
        return PasswordFile.exists(folder.path());
    }

    /** Whether {@code password} is the folder's (a slow check, by design). */
    public static boolean passwordMatches(DataFolder folder, char[] password) throws IOException {
        return PasswordFile.read(folder.path().resolve(PasswordFile.FILE_NAME)).matches(password);
    }

    /** The database itself, for benchmarks' fixtures; features go through their services. */
    public Database database() {
        return db;
    }

    public DataFolder folder() {
        return folder;
    }

    public BranchService branches() {
        return branches;
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

    public AuditLogService auditLog() {
        return auditLog;
    }

    /** Puts audit entries into words. */
    public ChangeDescriber changes() {
        return changes;
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } finally {
            lock.close();
        }
    }
}
