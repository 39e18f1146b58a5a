package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out FILE} writes exactly FILE; {@code --out DIR/} writes a dated file inside DIR (CLI.md). */
class BackupTargetTest {
    @TempDir
    static Path dir;
    static CliRun cli;

    @BeforeAll
    static void demo() {
        cli = new CliRun(dir.resolve("data"));
        assertEquals(0, cli.run("demo", "--members", "6", "--sessions", "2"), cli.err());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFileWithoutTheUsualEndingIsWrittenAsNamedAndRestoresFromThatName() throws Exception {
        Path file = dir.resolve("out").resolve("周五备份");
        assertEquals(0, cli.run("backup", "--out", file.toString()), cli.err());
        assertTrue(Files.isRegularFile(file), "exactly the file named");
        assertFalse(Files.exists(dir.resolve("out").resolve("周五备份.blbak")), "no ending added");
        assertEquals(List.of(file), filesIn(dir.resolve("out")), "nothing else left beside it");
        assertTrue(cli.out().contains(file.toAbsolutePath().toString()), cli.out());

        assertEquals(0, cli.run("restore", file.toString()), cli.err());
        assertTrue(cli.out().contains("已从 周五备份 恢复数据"), cli.out());
    }

    @Test
    void anExistingFolderGetsADatedFileInsideIt() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("U盘"));
        assertEquals(0, cli.run("backup", "--out", usb.toString()), cli.err());
        List<Path> written = filesIn(usb);
        assertEquals(1, written.size(), written.toString());
        String name = written.get(0).getFileName().toString();
        assertTrue(name.matches("支部台账备份-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.blbak"), name);
        assertFalse(Files.exists(dir.resolve("U盘.blbak")), "nothing written beside the folder");

        assertEquals(0, cli.run("backup", "--out", usb.toString()), cli.err());
        assertEquals(2, filesIn(usb).size(), "a second backup the same minute does not replace the first");

        assertEquals(0, cli.run("restore", written.get(0).toString()), cli.err());
    }

    @Test
    void aPathEndingInASeparatorIsAFolderEvenWhenItDoesNotExistYet() throws Exception {
        Path folder = dir.resolve("新文件夹");
        assertEquals(0, cli.run("backup", "--out", folder + File.separator), cli.err());
        List<Path> written = filesIn(folder);
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).getFileName().toString().startsWith("支部台账备份-"), written.toString());
        assertTrue(written.get(0).getFileName().toString().endsWith(".blbak"), written.toString());
    }
}
