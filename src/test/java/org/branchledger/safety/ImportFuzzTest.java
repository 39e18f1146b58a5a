package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.bench.FuzzTrial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never takes data down: every importer (FuzzTrial.IMPORTERS: adding an importer is one line
 * there) gets random bytes, truncated .xlsx, a zip bomb, formulas, a 100,000-row sheet and encoding
 * mix-ups; each answer is exit 2 or 3 with a message naming the file, and the database is unchanged.
 */
@org.junit.jupiter.api.Tag("slow")
class ImportFuzzTest {

    @Test
    void everyImporterRefusesEveryBadInputAndLeavesTheDatabaseUnchanged(@TempDir Path work) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FuzzTrial.Result r = FuzzTrial.run(work, 7L, 3, 100_000, FuzzTrial.IMPORTERS,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String report = log.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), r.problems(), report);
        assertEquals(r.tried(), r.passed(), report);
        assertTrue(r.tried() >= FuzzTrial.IMPORTERS.size() * 20, report);
        assertTrue(report.contains("解压炸弹.xlsx -> exit 2, 解压炸弹.xlsx: 文件解压后过大"), report);
        assertTrue(report.contains("import-roster 十万行.xlsx -> exit 3"), report);
        // issue 15: these files are read (their rows rejected), or refused naming the row
        assertTrue(report.contains("import-roster UTF16.csv -> exit 3"), report);
        assertTrue(report.contains("import-roster UTF16BE.csv -> exit 3"), report);
        assertTrue(report.contains("import-roster 无样式表.xlsx -> exit 3"), report);
        assertTrue(report.contains("import-notes 引号未配对.csv -> exit 2, 引号未配对.csv 第2行: 引号没有配对"), report);
        assertTrue(report.contains("import-roster 引号吞行.csv -> exit 2, 引号吞行.csv 第2行: 引号没有配对"), report);
        assertTrue(report.contains("import-notes 不可见字符与超大数字.csv -> exit 3"), report);
    }
}
