package org.branchledger.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.dates.PartialDate;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The roster as .xlsx in the national 汇总表 column order, followed by our own fields, with full ID
 * numbers: it is handed upward, and {@code import-roster} reads it back unchanged. Every cell is
 * text, so Excel never turns an ID number into a rounded number.
 */
public final class RosterExport {
    /** The national 汇总表 order (DOMAIN.md §1), then our own fields. */
    public static final List<String> HEADER = List.of("序号", "姓名", "所在党支部", "公民身份证号", "性别", "民族",
            "出生日期", "学历", "人员类别", "加入党组织日期", "转为正式党员日期", "工作岗位", "手机号", "固定电话", "家庭住址",
            "党籍状态", "是否为失联党员", "失去联系日期", "是否为流动党员", "外出流向", "备注",
            "党员类型", "党员领导干部", "支部委员", "有书写能力");
    private static final int[] WIDTHS = {6, 10, 18, 21, 6, 8, 12, 10, 12, 14, 16, 14, 13, 13, 22, 9, 9, 12, 9, 14,
        18, 10, 10, 10, 10};

    private RosterExport() {
    }

    /** Writes the current members (those who left the branch are history, not on the 汇总表). */
    public static void write(Branch branch, List<Member> members, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(branch, members, out);
        }
    }

    /** Writes the workbook to a stream (left open). */
    public static void write(Branch branch, List<Member> members, OutputStream out) throws IOException {
        write(branch.name() + "党员信息汇总表", java.util.Map.of(branch, members), out);
    }

    /**
     * Several branches' current members in one sheet, branch after branch, 所在党支部 filled on every row (the
     * township's 汇总表 for handing upward), numbered through.
     */
    public static void write(String title, java.util.Map<Branch, List<Member>> byBranch, OutputStream out)
            throws IOException {
        {
            Workbook wb = new Workbook(out, "BranchLedger", "1.0");
            Worksheet ws = wb.newWorksheet("党员信息汇总表");
            ws.value(0, 0, title);
            ws.range(0, 0, 0, HEADER.size() - 1).merge();
            ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(1, c, HEADER.get(c));
                ws.width(c, WIDTHS[c]);
            }
            ws.range(1, 0, 1, HEADER.size() - 1).style().bold().fillColor("EEEEEE").borderStyle("thin").set();
            int r = 2;
            int n = 0;
            for (java.util.Map.Entry<Branch, List<Member>> e : byBranch.entrySet()) {
                for (Member m : e.getValue()) {
                    if (!m.current()) {
                        continue;
                    }
                    List<String> cells = row(++n, e.getKey(), m);
                    for (int c = 0; c < cells.size(); c++) {
                        ws.value(r, c, cells.get(c));
                    }
                    r++;
                }
            }
            if (r > 2) {
                ws.range(2, 0, r - 1, HEADER.size() - 1).style().format("@").borderStyle("thin").set();
            }
            ws.freezePane(2, 2);
            pageSetup(ws);
            wb.finish();
        }
    }

    /**
     * A4 landscape, one page wide, the header row on every page: the 汇总表 has 25 columns, and printers here
     * hold A4 (a workbook without page setup prints on US Letter, portrait).
     */
    private static void pageSetup(Worksheet ws) {
        ws.paperSize(PaperSize.A4_PAPER);
        ws.pageOrientation("landscape");
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(1);
        ws.footer("第 &P 页 共 &N 页", Position.CENTER);
    }

    private static List<String> row(int n, Branch branch, Member m) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(String.valueOf(n));
        cells.add(m.name());
        cells.add(branch.name());
        cells.add(m.idNumber());
        cells.add(m.gender());
        cells.add(m.ethnicity());
        cells.add(iso(m.birthDate()));
        cells.add(m.education());
        cells.add(m.category());
        cells.add(iso(m.joinedOn()));
        cells.add(iso(m.fullMemberOn()));
        cells.add(m.job());
        cells.add(m.mobile());
        cells.add(m.landline());
        cells.add(m.address());
        cells.add(m.partyStatus());
        cells.add(yesNo(m.lostContact()));
        cells.add(iso(m.lostContactOn()));
        cells.add(yesNo(m.floating()));
        cells.add(m.floatingTo());
        cells.add(m.remark());
        cells.add(m.type().label());
        cells.add(yesNo(m.leadingCadre()));
        cells.add(m.committeeMember() ? m.committeePost() : "否");
        cells.add(yesNo(m.canWrite()));
        return cells;
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }

    private static String yesNo(boolean b) {
        return b ? "是" : "否";
    }
}
