package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.testing.PgCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 测试连接 against a real server: what it finds, and each way it fails, told apart; it writes nothing. */
@Tag("server")
class ServerProbeTest {
    @TempDir
    Path dir;

    private PgCluster pg;

    @BeforeEach
    void cluster() {
        pg = PgCluster.shared().orElse(null);
        Assumptions.assumeTrue(pg != null, PgCluster.MISSING);
    }

    private static ServerAddress address(String text) {
        return ServerAddress.parse(text).orElseThrow();
    }

    @Test
    void anEmptyDatabaseThenOneWithBranches() throws Exception {
        ServerAddress server = address(pg.newDatabase());
        char[] password = PgCluster.PASSWORD.toCharArray();
        assertEquals(ServerProbe.Kind.EMPTY, ServerProbe.probe(server, PgCluster.USER, password).kind());
        assertEquals(ServerProbe.Kind.EMPTY, ServerProbe.probe(server, PgCluster.USER, password).kind(),
                "the test made no tables");
        try (App app = App.openServer(new DataFolder(dir.resolve("pc")), DataFolderLock.none(),
                new ServerChoice(server, PgCluster.USER), password, null)) {
            app.branches().create(Branch.named("红旗村党支部", BranchKind.VILLAGE));
            app.branches().create(Branch.named("东风社区党支部", BranchKind.COMMUNITY));
        }
        ServerProbe.Outcome found = ServerProbe.probe(server, PgCluster.USER, password);
        assertEquals(ServerProbe.Kind.OURS, found.kind());
        assertEquals(2, found.branches());
    }

    @Test
    void eachFailureIsToldApart() throws Exception {
        ServerAddress server = address(pg.newDatabase());
        assertEquals(ServerProbe.Kind.WRONG_LOGIN,
                ServerProbe.probe(server, PgCluster.USER, "wrong".toCharArray()).kind());
        ServerAddress missing = new ServerAddress(server.host(), server.port(), "no_such_db");
        assertEquals(ServerProbe.Kind.NO_DATABASE,
                ServerProbe.probe(missing, PgCluster.USER, PgCluster.PASSWORD.toCharArray()).kind());
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertEquals(ServerProbe.Kind.UNREACHABLE, ServerProbe.probe(new ServerAddress("127.0.0.1", closedPort,
                "zhibu"), PgCluster.USER, PgCluster.PASSWORD.toCharArray()).kind());
    }
}
