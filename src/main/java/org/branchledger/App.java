package org.branchledger;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.branchledger.appraisal.AppraisalImport;
import org.branchledger.appraisal.AppraisalLedger;
import org.branchledger.appraisal.AppraisalPublicLedger;
import org.branchledger.appraisal.AppraisalRepository;
import org.branchledger.appraisal.AppraisalService;
import org.branchledger.appraisal.PledgeEvidence;
import org.branchledger.appraisal.PledgeSummary;
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
    private final Clock clock = clock(); // "today" and every timestamp: see clock()

    private App(DataFolder folder, DataFolderLock lock, Database db, DataKey key) {
        this.folder = folder;
        this.lock = lock;
        this.db = db;
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
                pledgeEvidence(pledges), clock);
        this.appraisalImport = new AppraisalImport(appraisal);
        this.changes = new ChangeDescriber()
                .register("branch", "支部", "name", Map.of("name", "名称", "secretary", "书记", "phone", "监督电话",
                        "higher_org", "上级党组织", "kind", "类型", "founded_on", "成立日期", "notice_days", "公示期天数",
                        "demo", "示例支部"))
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
                        "seed", "抽样号", "sample_size", "抽查篇数"))
                .register("spot_check_item", "笔记抽查结果", "result", Map.of("note_id", "笔记", "result", "抽查结果"))
                .register("pledge", "公开承诺", "content", Map.ofEntries(Map.entry("category", "类别"),
                        Map.entry("post", "岗位"), Map.entry("content", "承诺内容"), Map.entry("measures", "措施"),
                        Map.entry("responsible", "责任人"), Map.entry("deadline", "完成时限"),
                        Map.entry("pledged_on", "承诺日期"), Map.entry("approved_on", "审诺日期"),
                        Map.entry("approved_meeting", "审诺会议"), Map.entry("published_on", "公示日期"),
                        Map.entry("reported_on", "述诺日期"), Map.entry("report", "述诺情况"),
                        Map.entry("verdict", "评诺结果"), Map.entry("evaluated_on", "评诺日期"),
                        Map.entry("satisfaction_tenths", "满意度(千分)"), Map.entry("explanation", "情况说明"),
                        Map.entry("explained_on", "说明日期")))
                .register("pledge_progress", "履诺进展", "note", Map.of("noted_on", "日期", "note", "进展"))
                .register("leader_comment", "领导点评", "commenter", Map.of("commented_on", "点评日期",
                        "commenter", "点评人", "comment", "点评内容"))
                .register("activity_record", "活动记实", "activity", Map.of("done_on", "日期", "activity", "活动内容",
                        "contribution", "具体贡献", "effect", "具体效果"))
                .register("appraisal_round", "民主评议", "appraisal_year", Map.of("appraisal_year", "年度",
                        "started_on", "开始日期", "ended_on", "结束日期", "notice_from", "公示开始", "notice_to", "公示结束",
                        "fail_num", "不合格票比例(分子)", "fail_den", "不合格票比例(分母)", "satisfaction_num", "满意度下限(分子)",
                        "satisfaction_den", "满意度下限(分母)", "excellent_num", "优秀比例上限(分子)"))
                .register("appraisal_entry", "民主评议记录", "final_grade", Map.ofEntries(
                        Map.entry("self_assessment", "个人自评"), Map.entry("votes_excellent", "优秀票"),
                        Map.entry("votes_qualified", "合格票"), Map.entry("votes_basic", "基本合格票"),
                        Map.entry("votes_failed", "不合格票"), Map.entry("mass_satisfied", "满意"),
                        Map.entry("mass_basic", "基本满意"), Map.entry("mass_unsatisfied", "不满意"),
                        Map.entry("five_lead", "五带头考核"), Map.entry("final_grade", "评定等次"),
                        Map.entry("reason", "理由")))
                .register("rectification", "整改事项", "issue", Map.of("opened_on", "登记日期", "issue", "整改事项",
                        "closed_on", "销号日期", "close_note", "整改情况"))
                .register("appraisal_followup", "不合格党员处置", "kind", Map.of("kind", "处置方式",
                        "decided_on", "决定日期", "deadline", "改正期限", "note", "说明"))
                .register("setting", "设置", "setting_key", Map.of("setting_value", "值"))
                .registerNames("setting", Map.of("ui.fontSize", "字号"))
                .register("print_log", "打印记录", "kind", Map.of("code", "校验码", "kind", "台账"));
        this.ledgers = new LedgerService(db, branches, new PrintLogRepository(), changes,
                List.of(new RosterLedger(roster), new SigninLedger(study, roster), new AttendanceLedger(study, roster),
                        new HoursLedger(study, roster), new MeetingsLedger(study, roster),
                        new NotesLedger(notes, roster), new PledgesLedger(pledges, roster),
                        new PledgesPublicLedger(pledges), new AppraisalLedger(appraisal),
                        new AppraisalPublicLedger(appraisal)), clock);
        this.backups = new Backups(folder, db, key, new SafetyRepository(), clock);
        this.branchRemoval = new org.branchledger.branch.BranchRemoval(db, branchRepository, backups, folder.path(),
                clock);
        this.passwords = new PasswordService(folder, db, key);
        this.auditLog = new AuditLogService(db, new AuditLogRepository(), changes, folder.path(),
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

    /** The appraisal's evidence from the year's pledges: open counts 进行中, 逾期 and 未公示 together. */
    private static PledgeEvidence pledgeEvidence(PledgeService pledges) {
        return (branchId, year) -> {
            Map<Long, PledgeSummary> summaries = new java.util.HashMap<>();
            pledges.memberResults(branchId, year).forEach((memberId, r) -> summaries.put(memberId,
                    new PledgeSummary(r.total(), r.kept(), r.partlyKept(), r.notKept(),
                            r.inProgress() + r.overdue() + r.unpublished())));
            return summaries;
        };
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
     * Like {@link #open(DataFolder, DataFolderLock, char[])}, but returns as soon as the services exist:
     * the database file opens on another thread ({@link #ready()}), so the window can be built meanwhile.
     * Queries made before then wait for it.
     */
    public static App openLater(DataFolder folder, DataFolderLock lock, char[] password) throws IOException {
        try {
            char[] pw = checkedPassword(folder, password);
            return new App(folder, lock, Database.openLater(folder, pw), new DataKey(pw));
        } catch (RuntimeException | IOException e) {
            lock.close();
            throw e;
        }
    }

    /** Completes when the database is open; fails (and the folder should be closed) when it cannot be. */
    public java.util.concurrent.CompletableFuture<Void> ready() {
        return db.ready();
    }

    /**
     * Finishes or undoes a restore or password change that a crash cut off, then checks the password
     * against the folder's hash: the password to open the file with, or null for an unencrypted folder.
     */
    private static char[] checkedPassword(DataFolder folder, char[] password) throws IOException {
        if (Files.isDirectory(folder.path())) {
            org.branchledger.core.db.FileJournal.recover(folder.path());
        }
        org.branchledger.safety.Leftovers.recover(folder);
        PasswordService.recover(folder);
        if (!PasswordFile.exists(folder.path())) {
            return null;
        }
        if (password == null) {
            throw new PasswordRequiredException();
        }
        if (!passwordMatches(folder, password)) {
            throw new WrongPasswordException(null);
        }
        return password;
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
            char[] pw = checkedPassword(folder, password);
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
