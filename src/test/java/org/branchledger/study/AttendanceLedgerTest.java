package org.branchledger.study;

import static org.branchledger.testing.LedgerPdf.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.roster.Member;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 学习教育考勤台账 of a demo year, read back with PDFBox; and the study ledgers in the pack. */
@OnBothEngines
class AttendanceLedgerTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void everySessionWithItsCountsAndTheNamesOfLeaveAbsenceMakeUpAndHomeLessons() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 40, 50, YEAR);
            String text = print(app, "attendance", new LedgerRequest(branch, YEAR, false, null),
                    dir.resolve("考勤.pdf"));
            String compact = text.replaceAll("\\s+", "");
            assertTrue(text.contains("学习教育考勤台账"));
            for (String column : List.of("日期", "形式", "主题", "学时", "应到", "实到", "请假", "缺席", "补课", "送课上门")) {
                assertTrue(text.contains(column), column);
            }
            List<StudySession> sessions = app.study().sessions(branch.id(), YEAR);
            assertEquals(50, sessions.size());
            Map<Long, String> names = app.roster().members(branch.id()).stream()
                    .collect(Collectors.toMap(Member::id, Member::name));
            List<Attendance> all = app.study().attendance(branch.id(), YEAR);
            for (StudySession s : sessions) {
                assertTrue(compact.contains(s.topic().replaceAll("\\s+", "")), s.topic());
            }
            int checked = 0;
            for (Attendance a : all) {
                String name = names.get(a.memberId());
                if (a.status() == AttendanceStatus.MADE_UP) {
                    String when = a.makeupOn().getMonthValue() + "月" + a.makeupOn().getDayOfMonth() + "日";
                    assertTrue(compact.contains(name + "（" + when + "）"), name + " made up on " + when);
                    checked++;
                } else if (a.status() != AttendanceStatus.PRESENT) {
                    assertTrue(compact.contains(name), name);
                }
            }
            assertTrue(checked > 0, "the demo has make-ups");

            // One session's row: 应到, 实到 and the four counts from its attendance; under it the names by status.
            List<Long> rosterOrder = app.roster().members(branch.id()).stream().map(Member::id).toList();
            int noted = 0;
            for (StudySession session : sessions) {
                List<Attendance> at = all.stream().filter(a -> a.sessionId() == session.id())
                        .sorted(java.util.Comparator.comparingInt(a -> rosterOrder.indexOf(a.memberId()))).toList();
                StringBuilder row = new StringBuilder(session.topic() + Hours.format(session.hoursTenths()) + at.size());
                List<String> parts = new ArrayList<>();
                for (AttendanceStatus status : List.of(AttendanceStatus.PRESENT, AttendanceStatus.LEAVE,
                        AttendanceStatus.ABSENT, AttendanceStatus.MADE_UP, AttendanceStatus.AT_HOME)) {
                    List<Attendance> with = at.stream().filter(a -> a.status() == status).toList();
                    row.append(with.size());
                    if (status != AttendanceStatus.PRESENT && !with.isEmpty()) {
                        parts.add(Map.of(AttendanceStatus.LEAVE, "请假", AttendanceStatus.ABSENT, "缺席",
                                AttendanceStatus.MADE_UP, "补课", AttendanceStatus.AT_HOME, "送课上门").get(status) + "："
                                + with.stream().map(a -> names.get(a.memberId()) + (status == AttendanceStatus.MADE_UP
                                        ? "（" + a.makeupOn().getMonthValue() + "月" + a.makeupOn().getDayOfMonth()
                                        + "日）" : "")).collect(Collectors.joining("、")));
                    }
                }
                String note = String.join("；", parts);
                // The row, then straight under it (next in the text) its note.
                assertTrue(compact.contains((row + note).replaceAll("\\s+", "")), row + " / " + note);
                noted += note.isEmpty() ? 0 : 1;
            }
            assertTrue(noted > 0, "some sessions name their absentees");

            int tenths = sessions.stream().mapToInt(StudySession::hoursTenths).sum();
            assertTrue(text.contains("全年学习活动 50 次，共 " + Hours.format(tenths) + " 学时"), text);
        }
    }

    @Test
    void thePackCarriesTheStudyLedgersWithoutTheSignInSheetAndVerifies() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 15, 40, YEAR);
            Path pdf = dir.resolve("督查材料包.pdf");
            LedgerService.Printed printed;
            try (OutputStream out = Files.newOutputStream(pdf)) {
                printed = app.ledgers().print(LedgerService.PACK, new LedgerRequest(branch, YEAR, false, null),
                        LedgerService.Format.PDF, out);
            }
            List<String> titles = new ArrayList<>();
            printed.documents().forEach(d -> titles.add(d.title()));
            assertEquals(List.of("党员花名册", "学习教育考勤台账", "党员学时统计表", "三会一课记录", "读书笔记、心得体会批阅登记表",
                    "践诺台账", "公开承诺公示表",
                    "民主评议党员登记表", "民主评议结果公示"),
                    titles, "every ledger of the year but the sign-in sheet");
            String text = LedgerPdf.text(pdf);
            titles.forEach(t -> assertTrue(text.contains(t), t));
            LedgerService.Verification v = app.ledgers().verify(pdf);
            assertTrue(v.consistent(), v.lines().toString());

            for (String kind : List.of("attendance", "hours", "meetings")) {
                Path one = dir.resolve(kind + ".pdf");
                print(app, kind, new LedgerRequest(branch, YEAR, false, null), one);
                LedgerService.Verification each = app.ledgers().verify(one);
                assertTrue(each.consistent(), kind + ": " + each.lines());
                Path xlsx = dir.resolve(kind + ".xlsx");
                try (OutputStream out = Files.newOutputStream(xlsx)) {
                    app.ledgers().print(kind, new LedgerRequest(branch, YEAR, false, null), LedgerService.Format.XLSX,
                            out);
                }
                assertTrue(Files.size(xlsx) > 0);
            }
        }
    }
}
