package org.branchledger.shell;

import static org.branchledger.testing.SecretScan.assertNoFileHolds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设置 → 数据库 without the window: the folder's data moved onto a server and back, the choice remembered (never
 * the password), and a move that fails changing nothing.
 */
@Tag("server")
class DataSwitchTest {
    @TempDir
    Path dir;

    @Test
    void ontoTheServerAndBackWithoutThePasswordInAnyFile() throws Exception {
        PgCluster pg = PgCluster.require();
        ServerChoice server = new ServerChoice(ServerAddress.parse(pg.newDatabase()).orElseThrow(), PgCluster.USER);
        DataFolder folder = new DataFolder(dir.resolve("data"));
        int[] shown = {0};
        DataSwitch data = new DataSwitch(App.open(folder), app -> () -> shown[0]++);
        try {
            data.current().branches().create(Branch.named("本机的党支部", BranchKind.VILLAGE));

            assertThrows(RuntimeException.class, () -> data.moveTo(server, "wrong".toCharArray()));
            assertEquals(Optional.empty(), ServerChoice.read(folder.path()), "a failed move leaves no choice");
            assertEquals(List.of("本机的党支部"), names(data.current()), "and the folder's data open");

            data.moveTo(server, PgCluster.PASSWORD.toCharArray()).run();
            assertEquals(1, shown[0]);
            assertEquals(Optional.of(server), data.current().server());
            assertEquals(Optional.of(server), ServerChoice.read(folder.path()));
            assertEquals(List.of(), names(data.current()), "the server's data: none yet");
            data.current().branches().create(Branch.named("服务器上的党支部", BranchKind.COMMUNITY));
            assertNoFileHolds(folder.path(), PgCluster.PASSWORD);

            data.moveTo(null, null).run();
            assertEquals(Optional.empty(), data.current().server());
            assertEquals(Optional.empty(), ServerChoice.read(folder.path()));
            assertEquals(List.of("本机的党支部"), names(data.current()), "the folder's own data, unchanged");
            assertNoFileHolds(folder.path(), PgCluster.PASSWORD);
        } finally {
            data.current().close();
        }
    }

    private static List<String> names(App app) {
        return app.branches().all().stream().map(Branch::name).toList();
    }
}
