package org.branchledger.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.db.ServerProbe;
import org.junit.jupiter.api.Test;

/** 连接到单位的数据库服务器: the form as typed, its messages and the words for what a test found. No window. */
class ServerFormModelTest {
    private static final ServerChoice TRIED = new ServerChoice(new ServerAddress("192.168.1.10", 5432, "zhibu"), "zhibu");

    @Test
    void aNewFormOpensWithoutRedAndWithThePostgresPort() {
        ServerFormModel form = new ServerFormModel(Optional.empty());
        assertEquals("5432", form.port().get());
        assertEquals("", form.hostError().get());
        assertEquals("", form.databaseError().get());
        assertEquals("", form.userError().get());
        assertFalse(form.valid().get());
        assertTrue(form.choice().isEmpty());
    }

    @Test
    void theFieldsTypedMakeTheAddressAndUser() {
        ServerFormModel form = new ServerFormModel(Optional.empty());
        form.host().set(" 192.168.1.10 ");
        form.database().set("zhibu");
        form.user().set("zhibu ");
        assertTrue(form.valid().get());
        assertEquals(Optional.of(TRIED), form.choice());
        assertEquals("postgresql://192.168.1.10:5432/zhibu", form.choice().get().address().toString());
    }

    @Test
    void aWholeAddressPastedIntoTheServerFieldFillsTheThreeFields() {
        ServerFormModel form = new ServerFormModel(Optional.empty());
        form.host().set(form.hostFrom("postgresql://db.xiangzhen.local:6543/dangjian"));
        assertEquals("db.xiangzhen.local", form.host().get());
        assertEquals("6543", form.port().get());
        assertEquals("dangjian", form.database().get());
        assertEquals("请填写用户名", form.userError().get(), "the only field left");
        assertEquals("192.168.1.10", form.hostFrom("192.168.1.10"), "a plain host stays as typed");
        form.user().set("wang");
        assertEquals("postgresql://db.xiangzhen.local:6543/dangjian", form.choice().orElseThrow().address().toString());
    }

    @Test
    void eachWrongFieldSaysWhatIsWrongInPlainWords() {
        ServerFormModel form = new ServerFormModel(Optional.of(TRIED));
        form.host().set("192.168.1.10 服务器");
        assertTrue(form.hostError().get().startsWith("服务器地址应是 IP 地址"), form.hostError().get());
        form.host().set("");
        assertEquals("请填写服务器地址", form.hostError().get());
        form.host().set("192.168.1.10");
        form.port().set("65536");
        assertEquals("端口应是 1 到 65535 之间的数字，一般是 5432", form.portError().get());
        form.port().set("54a");
        assertFalse(form.valid().get());
        form.port().set("5433");
        form.database().set("支部 数据");
        assertTrue(form.databaseError().get().startsWith("请填写数据库名"), form.databaseError().get());
        assertFalse(form.valid().get());
        form.database().set("zhibu_2026");
        assertTrue(form.valid().get());
        assertEquals("postgresql://192.168.1.10:5433/zhibu_2026", form.choice().get().address().toString());
    }

    @Test
    void theLastChoiceFillsTheFormAgain() {
        ServerFormModel form = new ServerFormModel(Optional.of(TRIED));
        assertEquals("192.168.1.10", form.host().get());
        assertEquals("zhibu", form.database().get());
        assertEquals("zhibu", form.user().get());
        assertTrue(form.valid().get());
    }

    @Test
    void whatATestFoundIsSaidPlainly() {
        assertEquals("连接成功，服务器上已有 3 个支部。",
                ServerFormModel.outcome(new ServerProbe.Outcome(ServerProbe.Kind.OURS, 3, ""), TRIED));
        assertTrue(ServerFormModel.outcome(new ServerProbe.Outcome(ServerProbe.Kind.EMPTY, 0, ""), TRIED)
                .startsWith("连接成功，服务器上是空库"));
        assertEquals("用户名或密码不对。",
                ServerFormModel.outcome(new ServerProbe.Outcome(ServerProbe.Kind.WRONG_LOGIN, 0, "x"), TRIED));
        assertTrue(ServerFormModel.outcome(new ServerProbe.Outcome(ServerProbe.Kind.UNREACHABLE, 0, "x"), TRIED)
                .startsWith("连不上 192.168.1.10 的 5432 端口"));
        assertEquals("服务器上没有名为“zhibu”的数据库。",
                ServerFormModel.outcome(new ServerProbe.Outcome(ServerProbe.Kind.NO_DATABASE, 0, "x"), TRIED));
    }

    @Test
    void failuresAreSortedByThePostgresStateNotByTheirWording() {
        assertEquals(ServerProbe.Kind.WRONG_LOGIN,
                ServerProbe.failure(new IllegalStateException("x", new java.sql.SQLException("密码认证失败", "28P01"))).kind());
        assertEquals(ServerProbe.Kind.UNREACHABLE,
                ServerProbe.failure(new java.sql.SQLException("x", "08001", new java.net.ConnectException())).kind());
        assertEquals(ServerProbe.Kind.UNREACHABLE,
                ServerProbe.failure(new RuntimeException(new java.net.UnknownHostException("dbserver"))).kind());
        ServerProbe.Outcome other = ServerProbe.failure(new java.sql.SQLException("错误: 权限不够\n详细", "42501"));
        assertEquals(ServerProbe.Kind.OTHER, other.kind());
        assertEquals("错误: 权限不够", other.reason());
    }
}
