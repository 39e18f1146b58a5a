package org.branchledger.roster;

import org.branchledger.branch.ReceivedData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchRepository;
import org.branchledger.core.Progress;
import org.branchledger.core.db.Database;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.core.ids.InvalidIdNumberException;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.RowRejection;
import org.branchledger.importing.Text;

/**
 * Importing a roster: every row read and checked first ({@link #plan}), then written in one
 * transaction ({@link #commit}): all valid rows, or nothing when any row is rejected and the user did
 * not accept the valid ones. Members are matched by 公民身份号码 within the branch.
 */
public final class RosterImport {
    private final Database db;
    private final BranchRepository branches;
    private final MemberRepository members;
    private final Clock clock;

    public RosterImport(Database db, BranchRepository branches, MemberRepository members, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.branches = branches;
        this.members = members;
    }

    /**
     * Reads and checks the file against the branch's current roster; writes nothing.
     *
     * @param branchId  the branch imported into, or null when it does not exist yet
     * @param overrides columns the user mapped by hand (field → 0-based column), or empty
     */
    public RosterImportPlan plan(Path file, Long branchId, Map<RosterField, Integer> overrides, Progress progress)
            throws ImportFileException {
        RosterSheet sheet = RosterSheet.read(file, overrides, progress);
        Map<String, Member> known = branchId == null ? Map.of()
                : members.ofBranch(db.dsl(), branchId).stream()
                        .collect(Collectors.toMap(Member::idNumber, Function.identity()));
        long branch = branchId == null ? -1 : branchId;
        LocalDate today = LocalDate.now(clock);
        List<ImportedRow> rows = new ArrayList<>();
        List<RowRejection> rejections = new ArrayList<>(sheet.cellRejections());
        Map<String, RosterSheet.Row> firstRowOfId = new HashMap<>();
        int done = 0;
        for (RosterSheet.Row row : sheet.rows()) {
            if (++done % 200 == 0) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                progress.update(done, sheet.rows().size());
            }
            if (sheet.rejected(row)) {
                continue;
            }
            MemberCheck check = checkRow(row, known, branch, today);
            if (!check.ok()) {
                check.errors().forEach(e -> rejections.add(
                        new RowRejection(row.sheet(), row.number(), row.columnName(e.field()), e.message())));
                continue;
            }
            Member m = check.member();
            RosterSheet.Row earlier = firstRowOfId.putIfAbsent(m.idNumber(), row);
            if (earlier != null) {
                String where = Objects.equals(earlier.sheet(), row.sheet()) ? "" : "工作表“" + earlier.sheet() + "”";
                rejections.add(new RowRejection(row.sheet(), row.number(), row.columnName(RosterField.ID_NUMBER),
                        "与" + where + "第" + earlier.number() + "行重复(" + m.idNumber() + ")"));
                continue;
            }
            Member stored = known.get(m.idNumber());
            ImportedRow.Outcome outcome = stored == null ? ImportedRow.Outcome.NEW
                    : stored.equals(m) ? ImportedRow.Outcome.UNCHANGED : ImportedRow.Outcome.UPDATED;
            String givenId = row.values().get(RosterField.ID_NUMBER);
            rows.add(new ImportedRow(row.sheet(), row.number(), m, outcome,
                    givenId != null && givenId.strip().length() == 15));
        }
        List<String> order = sheet.sheetsRead();
        rejections.sort(Comparator.<RowRejection>comparingInt(r -> order.indexOf(r.sheet()))
                .thenComparingInt(RowRejection::rowNumber));
        return new RosterImportPlan(sheet.fileName(), sheet.sheetName(), sheet.header(), sheet.columns(),
                sheet.branchHint(), List.copyOf(rows), List.copyOf(rejections), List.copyOf(sheet.sheetsRead()),
                List.copyOf(sheet.skipped()), Map.copyOf(sheet.columnNotes()));
    }

    private static MemberCheck checkRow(RosterSheet.Row row, Map<String, Member> known, long branch, LocalDate today) {
        Map<RosterField, String> values = new EnumMap<>(row.values());
        Member current = null;
        String rawId = values.get(RosterField.ID_NUMBER);
        if (rawId != null && !known.isEmpty()) {
            try {
                current = known.get(IdNumber.parse(rawId).value());
            } catch (InvalidIdNumberException e) {
                current = null; // the rules below report it
            }
        }
        String name = values.get(RosterField.NAME);
        if (Text.hasInvisible(name)) {
            return new MemberCheck(null, List.of(new FieldError(RosterField.NAME, Text.invisibleReason(name))));
        }
        if (current != null && name != null && !MemberRules.compactName(name).equals(current.name())) {
            return new MemberCheck(null, List.of(new FieldError(RosterField.NAME,
                    "与该公民身份号码在册的党员(" + current.name() + ")不符")));
        }
        if (current != null && (name == null || name.isBlank())) {
            values.remove(RosterField.NAME); // a missing name is still an error for a new member
            return new MemberCheck(null, List.of(new FieldError(RosterField.NAME, "不能为空")));
        }
        row.twins().forEach(values::putIfAbsent); // the other column fills a blank cell of the one read
        List<FieldError> twinErrors = TwinColumns.compare(row, today);
        twinErrors.forEach(e -> values.remove(e.field()));
        MemberCheck check = MemberRules.check(values, row.columns().present(), row::columnName, current, branch, today);
        if (twinErrors.isEmpty()) {
            return check;
        }
        List<FieldError> all = new ArrayList<>(twinErrors);
        all.addAll(check.errors());
        return new MemberCheck(null, List.copyOf(all));
    }

    /**
     * Writes the plan in one transaction, creating the branch first when it has no id yet.
     *
     * @return what was written: 0s when rows were rejected and {@code acceptValid} is false
     */
    public ImportCounts commit(RosterImportPlan plan, Branch branch, boolean acceptValid) {
        return commit(plan, branch, acceptValid, Progress.NONE);
    }

    /** As {@link #commit(RosterImportPlan, Branch, boolean)}; a cancel before the end rolls everything back. */
    public ImportCounts commit(RosterImportPlan plan, Branch branch, boolean acceptValid, Progress progress) {
        ImportCounts would = plan.wouldWrite();
        if (would.rejected() > 0 && !acceptValid) {
            return new ImportCounts(0, 0, 0, would.rejected());
        }
        return db.transaction(tx -> {
            long branchId = branch.id() != null ? branch.id() : branches.byName(tx, branch.name())
                    .orElseGet(() -> branches.insert(tx, branch)).id();
            ReceivedData.refuseChanges(tx, branchId);
            Map<String, Member> known = members.ofBranch(tx, branchId).stream()
                    .collect(Collectors.toMap(Member::idNumber, Function.identity()));
            List<Member> added = new ArrayList<>();
            java.util.Set<String> legacy = plan.rows().stream().filter(ImportedRow::legacyId)
                    .map(r -> r.member().idNumber()).collect(Collectors.toSet());
            for (ImportedRow row : plan.rows()) {
                Member stored = known.get(row.member().idNumber());
                Member m = row.member().inBranch(branchId).withId(stored == null ? null : stored.id());
                if (stored == null) {
                    added.add(m);
                } else if (!stored.equals(m)) {
                    members.update(tx, m, LocalDateTime.now(clock));
                }
            }
            if (progress.cancelled()) {
                throw new CancellationException();
            }
            // Members whose 15-digit numbers were converted go on the roster after the others, together,
            // where the secretary can check the conversions (the samples' expected rosters list them last).
            added.sort(java.util.Comparator.comparing(m -> legacy.contains(m.idNumber())));
            members.insertAll(tx, added);
            if (progress.cancelled()) { // the last moment a cancel still undoes the whole import
                throw new CancellationException();
            }
            return would;
        });
    }
}
