package org.branchledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.demo.DemoPeople;
import org.branchledger.importing.ImportCounts;
import org.branchledger.roster.RosterImportPlan;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** {@code bench import}: a generated N-row roster .xlsx imported into a fresh data folder. */
/** A hand-made-looking roster .xlsx of N synthetic members (title row, usual header names, mixed date styles). */
public final class RosterFixture {
    private RosterFixture() {
    }

    public static void write(Path file, int rows) throws IOException {
        DemoPeople people = new DemoPeople(42);
        LocalDate today = LocalDate.of(2026, 11, 1);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "BranchLedger", "1.0");
            Worksheet ws = wb.newWorksheet("党员花名册");
            ws.value(0, 0, "测试村党支部党员花名册");
            String[] header = {"序号", "姓名", "性别", "民族", "身份证号码", "出生年月", "文化程度", "入党时间", "转正时间",
                "人员类别", "工作单位及职务", "联系电话", "家庭住址", "备注"};
            for (int c = 0; c < header.length; c++) {
                ws.value(1, c, header[c]);
            }
            for (int i = 0; i < rows; i++) {
                DemoPeople.DemoPerson p = people.randomPerson(20, 90, today);
                LocalDate joined = p.birthDate().plusYears(19);
                int r = i + 2;
                ws.value(r, 0, i + 1);
                ws.value(r, 1, p.name());
                ws.value(r, 2, p.gender());
                ws.value(r, 3, p.ethnicity());
                ws.value(r, 4, p.idNumber().value());
                ws.value(r, 5, p.birthDate().getYear() + "." + String.format("%02d", p.birthDate().getMonthValue()));
                ws.value(r, 6, "高中");
                ws.value(r, 7, joined.toString());
                ws.value(r, 8, joined.plusYears(1));
                ws.style(r, 8).format("yyyy-mm-dd").set();
                ws.value(r, 9, "农牧渔民");
                ws.value(r, 10, "村民");
                ws.value(r, 11, p.mobile());
                ws.value(r, 12, "红旗村" + (i % 9 + 1) + "组");
            }
            wb.finish();
        }
    }
}
