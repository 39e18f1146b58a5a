package org.branchledger.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchService;
import org.branchledger.core.UserError;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.core.audit.AuditAnchors;
import org.branchledger.core.audit.AuditEntry;
import org.branchledger.core.audit.ChangeDescriber;
import org.branchledger.core.db.Database;
import org.branchledger.core.i18n.Messages;

/**
 * Prints ledgers through the engine: builds the feature's ledger, gives it its verification code,
 * records the print, writes PDF or .xlsx. Verifies printed PDFs against the database.
 */
public final class LedgerService {
    public static final String PACK = "pack";
    /** The printed title of {@link #PACK}. */
    static final String PACK_TITLE = "督查材料包";

    /** The output formats. */
    public enum Format { PDF, XLSX }

    /**
     * What was printed: its code, each ledger document as laid out, and, for a {@link #draft}, the print records
     * still to be made when it is printed or saved ({@link #record}); empty once recorded.
     */
    public record Printed(String code, List<LedgerDocument> documents, List<Pending> pending) {
        public Printed(String code, List<LedgerDocument> documents) {
            this(code, documents, List.of());
        }
    }

    /** A print record not yet made, and the ledger kind that records something with it (null: nothing). */
    public record Pending(PrintRecord print, LedgerKind kind, LedgerRequest request) {
    }

    private final Database db;
    private final BranchService branches;
    private final PrintLogRepository log;
    private final ChangeDescriber describer;
    private final Clock clock;
    private final Map<String, LedgerKind> kinds = new LinkedHashMap<>();

    public LedgerService(Database db, BranchService branches, PrintLogRepository log, ChangeDescriber describer,
                         List<LedgerKind> kinds, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.branches = branches;
        this.log = log;
        this.describer = describer;
        kinds.forEach(k -> this.kinds.put(k.name(), k));
        describer.registerAct("print_log", "打印", this::printedInWords);
    }

    /**
     * A print-log row as the 操作记录 page tells it: "打印了《党员花名册》（2026年度，校验码 QKQP-DEKN）", with the
     * ledger's printed title, never its command-line name.
     */
    String printedInWords(Map<String, String> row) {
        String kind = row.getOrDefault("kind", "");
        LedgerKind k = kinds.get(kind);
        String title = kind.equals(PACK) ? PACK_TITLE : k != null ? k.title() : "台账";
        List<String> about = new ArrayList<>();
        String options = row.getOrDefault("options", "");
        String session = null;
        for (String part : options == null ? new String[0] : options.split(";")) {
            if (part.startsWith("session=")) {
                session = part.substring("session=".length());
            }
        }
        if (session != null) {
            about.add(session + " 的学习活动");
        } else if (row.get("period_year") != null) {
            about.add(row.get("period_year") + "年度");
        }
        if (options != null && List.of(options.split(";")).contains("full-ids")) {
            about.add("印出完整身份证号和电话");
        }
        if (row.get("code") != null) {
            about.add("校验码 " + row.get("code"));
        }
        return "打印了" + org.branchledger.core.text.BookTitle.of(title)
                + (about.isEmpty() ? "" : "（" + String.join("，", about) + "）");
    }

    public List<LedgerKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** Whether printing {@code name} (a kind, or the pack) asks for a 公示期 first. */
    public boolean needsNotice(String name) {
        LedgerKind k = kinds.get(name);
        return k != null && k.needsNotice();
    }

    public LedgerKind kind(String name) {
        LedgerKind k = kinds.get(name);
        if (k == null) {
            throw UserError.badInput("未知的台账种类 " + name + "。可选: " + String.join(", ", kinds.keySet()) + ", " + PACK);
        }
        return k;
    }

    /** Builds, codes, logs and writes one ledger (or the pack, for {@link #PACK}). */
    public Printed print(String kindName, LedgerRequest request, Format format, OutputStream out) throws IOException {
        Printed drafted = draft(kindName, request, format, out);
        record(drafted);
        return new Printed(drafted.code(), drafted.documents());
    }

    /**
     * A ledger written exactly as it prints, with nothing recorded yet: neither its print record nor what the
     * printing records (a 公示表's 示诺). The window shows it, and {@link #record}s it only when the secretary
     * prints or saves it: a look at a preview is not a print, and a 公示表 looked at is not published.
     */
    public Printed draft(String kindName, LedgerRequest asked, Format format, OutputStream out) throws IOException {
        LocalDate today = LocalDate.now(clock);
        LedgerRequest request = asked.asOf() == null ? asked.on(today) : asked;
        if (kindName.equals(PACK)) {
            return draftPack(request, format, out, today);
        }
        LedgerKind kind = kind(kindName);
        if (kind.needsSession() && request.session() == null && request.sessionId() == null) {
            throw UserError.badInput("台账 " + kindName + " 需要 --session 日期");
        }
        Optional<String> notReady = kind.notReady(request);
        if (notReady.isPresent()) {
            throw UserError.badInput(notReady.get());
        }
        if (format == Format.XLSX && kind.writeOwnXlsx(request, out)) {
            return new Printed(null, List.of());
        }
        AuditAnchor head = log.auditHead(db.dsl());
        Coded coded = coded(kind, request, head);
        LedgerDocument doc = coded.doc();
        if (format == Format.PDF) {
            new PdfLedgerWriter().write(doc, today, head.text(), out);
        } else {
            new XlsxLedgerWriter().write(doc, today, out);
        }
        return new Printed(doc.verificationCode(), List.of(doc), List.of(coded.pending()));
    }

    /**
     * Makes a draft's print records, and what its kinds record with them, in one transaction. Each record keeps
     * the trail's newest entry when the draft was made (the one printed on its pages) as its anchor.
     */
    public void record(Printed drafted) {
        if (drafted.pending().isEmpty()) {
            return;
        }
        LocalDateTime at = now();
        db.transaction(tx -> {
            for (Pending p : drafted.pending()) {
                if (p.kind() != null) {
                    p.kind().printed(tx, p.request());
                }
                PrintRecord r = p.print();
                log.insert(tx, new PrintRecord(null, r.code(), at, r.kind(), r.branchId(), r.year(), r.options(),
                        r.contentHash(), r.auditMark(), r.auditHash(), r.layoutVersion()));
            }
            return null;
        });
    }

    private Printed draftPack(LedgerRequest request, Format format, OutputStream out, LocalDate today)
            throws IOException {
        AuditAnchor head = log.auditHead(db.dsl());
        List<LedgerDocument> docs = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        StringBuilder hashes = new StringBuilder();
        for (LedgerKind kind : kinds.values()) {
            if (!kind.needsSession() && !kind.everyBranch()) {
                Coded coded = coded(kind, request, head);
                docs.add(coded.doc());
                pending.add(coded.pending());
                hashes.append(coded.doc().verificationCode());
            }
        }
        String hash = VerificationCode.sha256(PACK + request.branch().id() + request.year() + request.options() + hashes);
        String code = VerificationCode.of(hash);
        pending.add(new Pending(new PrintRecord(null, code, null, PACK, request.branch().id(), request.year(),
                request.options(), hash, head.seq(), head.hash(), LedgerLayout.VERSION), null, request));
        PackCover cover = new PackCover(PACK_TITLE, request.branch().name(), period(request.year()), code);
        if (format == Format.PDF) {
            new PdfLedgerWriter().writePack(cover, docs, today, head.text(), out);
        } else {
            new XlsxLedgerWriter().writePack(cover, docs, today, out);
        }
        return new Printed(code, docs, List.copyOf(pending));
    }

    /** A ledger with its code, and its print record to be made. */
    private record Coded(LedgerDocument doc, Pending pending) {
    }

    /** The feature's ledger with its verification code, and its print record anchored at {@code head}. */
    private Coded coded(LedgerKind kind, LedgerRequest request, AuditAnchor head) {
        LedgerDocument doc = kind.build(request);
        if (kind.isPublic()) {
            PublicNotice.check(kind.name(), doc, request.branch().phone());
        }
        String hash = VerificationCode.contentHash(kind.name(), request, doc);
        String code = VerificationCode.of(hash);
        PrintRecord print = new PrintRecord(null, code, null, kind.name(), request.branch().id(), request.year(),
                request.options(), hash, head.seq(), head.hash(), LedgerLayout.VERSION);
        return new Coded(withCode(doc, code), new Pending(print, kind, request));
    }

    public static String period(int year) {
        return year + "年度";
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The print records' audit anchors (the trail's newest entry at each print), for {@code verify}. */
    public List<AuditAnchors.Source> auditAnchors() {
        return log.anchoredPrints(db.dsl()).stream().map(p -> new AuditAnchors.Source(
                Messages.get("audit.anchor.print", p.printedAt().toLocalDate().toString(), title(p.kind()), p.code()),
                new AuditAnchor(p.auditMark(), p.auditHash()), p.printedAt())).toList();
    }

    private String title(String kindName) {
        LedgerKind k = kinds.get(kindName);
        return k != null ? k.title() : kindName.equals(PACK) ? PACK_TITLE : kindName;
    }

    /** The answer of {@code verify}: consistent, or what changed since printing. */
    public record Verification(boolean consistent, List<String> lines) {
    }

    /**
     * Checks every verification code printed in the PDF against the database as it is now: the data the
     * ledger was made from, then the file's rows against the rebuilt ledger's, row by row and in order; and
     * the audit trail against the entry the file recorded when it was printed.
     */
    public Verification verify(Path pdf) {
        String name = pdf.getFileName().toString();
        if (!Files.isRegularFile(pdf)) {
            throw UserError.badInput(name + ": 文件不存在");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return verify(document, name);
        } catch (IOException e) {
            throw UserError.badInput(name + ": 无法读取，不是有效的 PDF 文件");
        }
    }

    private Verification verify(PDDocument document, String name) throws IOException {
        String text = new PDFTextStripper().getText(document);
        List<String> codes = VerificationCode.findIn(text);
        if (codes.isEmpty()) {
            throw UserError.badInput(name + ": 没有找到校验码，这不是本程序打印的台账，或文件已被改动");
        }
        List<String> lines = new ArrayList<>();
        boolean consistent = true;
        String compact = text.replaceAll("\\s+", "");
        for (String code : codes) {
            Optional<PrintRecord> printed = log.byCode(db.dsl(), code);
            if (printed.isEmpty()) {
                consistent = false;
                lines.add("校验码 " + code + ": 本数据库的打印记录中没有它(不是从这份数据打印的)");
                continue;
            }
            PrintRecord p = printed.get();
            if (p.kind().equals(PACK)) {
                continue; // the pack's own code: its ledgers carry codes of their own, checked one by one
            }
            Branch branch = branches.all().stream().filter(b -> b.id() == p.branchId()).findFirst().orElse(null);
            if (branch == null) {
                consistent = false;
                lines.add("校验码 " + code + ": 打印它的支部已不在数据库中");
                continue;
            }
            LedgerKind kind = kind(p.kind());
            LedgerRequest request = LedgerRequest.fromOptions(branch, p.year(), p.options(),
                    p.printedAt().toLocalDate());
            LedgerDocument now = kind.build(request, p.layoutVersion());
            String title = kind.title() + "(" + code + ", " + p.printedAt().toLocalDate() + " 打印)";
            if (!VerificationCode.contentHash(kind.name(), request, now).equals(p.contentHash())) {
                consistent = false;
                lines.add(title + ": 打印后数据有改动:");
                List<AuditEntry> changes = log.changesSince(db.dsl(), p.auditMark()).stream()
                        .filter(e -> ChangeDescriber.concernsBranch(e, branch.id())).toList();
                changes.forEach(e -> lines.add("  " + describer.describe(e)));
                if (changes.isEmpty()) {
                    lines.add("  (操作记录中没有相应的改动: 数据库可能被程序之外的工具改动过)");
                }
                continue;
            }
            List<String> rowProblems = codes.size() == 1 && p.layoutVersion() == LedgerLayout.VERSION
                    ? PrintedRows.compare(document, withCode(now, code), p.printedAt().toLocalDate())
                    : null;
            if (rowProblems != null && !rowProblems.isEmpty()) {
                consistent = false;
                lines.add(Messages.get("verify.rows.heading", title));
                rowProblems.forEach(l -> lines.add("  " + l));
            } else if (rowProblems == null && !printedTextMatches(now, compact)) {
                consistent = false;
                lines.add(title + ": 文件中的文字与打印时的数据不符，文件可能在打印后被改动");
            } else {
                lines.add(title + ": 一致");
            }
            if (rowProblems == null && codes.size() == 1) {
                lines.add("  " + Messages.get("verify.rows.oldLayout", String.valueOf(p.layoutVersion())));
            }
        }
        if (codes.size() > 1) {
            lines.add(Messages.get("verify.rows.pack"));
        }
        Optional<String> cut = anchorProblem(document, name);
        if (cut.isPresent()) {
            consistent = false;
            lines.add(cut.get());
        }
        return new Verification(consistent, lines);
    }

    private static LedgerDocument withCode(LedgerDocument doc, String code) {
        return new LedgerDocument(doc.title(), doc.branchName(), doc.period(), doc.orientation(), doc.sections(), code,
                doc.signatures());
    }

    /** The audit trail against the entry the file recorded at printing (an anchor outside the database). */
    private Optional<String> anchorProblem(PDDocument document, String name) {
        Optional<AuditAnchor> anchor = AuditAnchor.parse(
                document.getDocumentInformation().getCustomMetadataValue(PdfPainter.AUDIT_KEY));
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        AuditAnchors.Source source = new AuditAnchors.Source(Messages.get("audit.anchor.pdf", name), anchor.get(), null);
        return db.read(c -> AuditAnchors.problem(c, source, AuditAnchor.latest(c)));
    }

    /** Every cell of the ledger appears in the PDF's text (whitespace ignored). */
    static boolean printedTextMatches(LedgerDocument doc, String compactPdfText) {
        for (Section s : doc.sections()) {
            if (s instanceof TableSection t) {
                // A long note runs over pages (their frames in between): each of its names is looked for.
                List<String> cells = new ArrayList<>();
                t.notes().forEach(n -> cells.addAll(List.of(n.split("[；、]"))));
                t.rows().forEach(cells::addAll);
                for (String cell : cells) {
                    if (cell != null && !compactPdfText.contains(cell.replaceAll("\\s+", ""))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

}
