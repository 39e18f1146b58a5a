package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command without --database on a folder whose window is on a server: it stays on the folder's file and says so. */
class FolderNamesServerTest {
    @TempDir
    Path dir;

    @Test
    void theCommandKeepsToTheFolderFileAndSaysSo() throws Exception {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("branch", "add", "本机的党支部"), cli.err());
        assertTrue(cli.err().isEmpty(), cli.err());
        new ServerChoice(ServerAddress.parse("postgresql://192.0.2.1:5432/zhibu").orElseThrow(), "zhibu").save(data);
        assertEquals(0, cli.run("branch", "list"), cli.err());
        assertTrue(cli.out().contains("本机的党支部"), "the folder's own data: " + cli.out());
        assertTrue(cli.err().startsWith("注意：这个数据文件夹的窗口连接的是单位的数据库服务器 postgresql://192.0.2.1:5432/zhibu"),
                cli.err());
        assertTrue(cli.err().contains("--database postgresql://192.0.2.1:5432/zhibu"), cli.err());
    }
}
