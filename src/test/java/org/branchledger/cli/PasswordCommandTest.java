package org.branchledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.KillPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.DemoCopies;

/** {@code password set|change|remove}: the new password from stdin or the environment, never an argument. */
@org.junit.jupiter.api.Tag("slow") // file-level: encrypts real files; the password check is slow by design (issue 19: real files for crash, backup and encryption tests; not in the fast group)
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class PasswordCommandTest {
    private static final String PW = "红旗村2026";
    private static final String PW2 = "another-secret";

    @TempDir
    Path dir;
    Path data;
    CliRun cli;
    String members;

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        cli = new CliRun(data);
        DemoCopies.command(data, "--members", "8");
        assertEquals(0, cli.run("members", "--format", "csv"), cli.err());
        members = cli.out();
    }

    @Test
    void setChangeAndRemoveFromStdinAndTheEnvironment() throws Exception {
        assertEquals(0, cli.stdin(PW + "\n").run("password", "set"), cli.err());
        assertTrue(cli.out().contains("已设密码"), cli.out());
        cli.stdin("");
        assertEquals(2, cli.run("members"), "without the password the data does not open");
        assertTrue(cli.err().contains("BRANCH_LEDGER_PASSWORD"), cli.err());
        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW)).run("members", "--format", "csv"), cli.err());
        assertEquals(members, cli.out());

        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW, "BRANCH_LEDGER_NEW_PASSWORD", PW2))
                .run("password", "change"), cli.err());
        assertEquals(2, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW)).run("members"), "the old password is gone");
        assertTrue(cli.err().contains("密码不对"), cli.err());
        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW2)).run("members", "--format", "csv"), cli.err());
        assertEquals(members, cli.out());

        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW2)).run("password", "remove"), cli.err());
        assertEquals(0, cli.env(Map.of()).run("members", "--format", "csv"), cli.err());
        assertEquals(members, cli.out());
        assertFalse(Files.exists(data.resolve("password.properties")));
        assertEquals(List.of(), KillPoints.leftovers(data));
    }

    @Test
    void aPasswordGivenAsAnArgumentIsRefusedAndNothingChanges() {
        assertEquals(2, cli.run("password", "set", PW));
        assertFalse(cli.err().contains(PW), "the password is not repeated on the screen: " + cli.err());
        assertTrue(cli.err().contains("BRANCH_LEDGER_NEW_PASSWORD"), cli.err());
        assertFalse(Files.exists(data.resolve("password.properties")));
        assertEquals(0, cli.run("members"), cli.err());
    }

    @Test
    void badUsesExitTwoWithOneLineAndChangeNothing() {
        assertEquals(2, cli.run("password", "set"), "no new password anywhere");
        assertTrue(cli.err().contains("BRANCH_LEDGER_NEW_PASSWORD"), cli.err());
        assertEquals(2, cli.stdin("short\n").run("password", "set"));
        assertTrue(cli.err().contains("至少 6 位"), cli.err());
        assertEquals(2, cli.stdin("").run("password", "change"));
        assertTrue(cli.err().contains("password set"), cli.err());
        assertEquals(2, cli.run("password", "remove"));
        assertTrue(cli.err().contains("没有设密码"), cli.err());
        assertEquals(2, cli.run("password", "reset"));
        assertTrue(cli.err().contains("set、change 或 remove"), cli.err());
        assertEquals(2, cli.run("password"));
        assertFalse(Files.exists(data.resolve("password.properties")));

        assertEquals(0, cli.stdin(PW + "\r\n").run("password", "set"), cli.err());
        assertEquals(2, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW)).stdin(PW2 + "\n").run("password", "set"));
        assertTrue(cli.err().contains("password change"), cli.err());
        assertEquals(2, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", "wrong-one", "BRANCH_LEDGER_NEW_PASSWORD", PW2))
                .run("password", "change"));
        assertTrue(cli.err().contains("密码不对"), cli.err());
        assertEquals(0, cli.env(Map.of("BRANCH_LEDGER_PASSWORD", PW)).stdin("").run("members"), "a CRLF line: the password without the CR");
        for (String line : cli.err().lines().toList()) {
            assertFalse(line.contains("Exception"), line);
        }
    }

    @Test
    void helpSaysWhereTheNewPasswordComesFrom() {
        assertEquals(0, cli.run("password", "--help"));
        assertTrue(cli.out().contains("BRANCH_LEDGER_NEW_PASSWORD") && cli.out().contains("标准输入"), cli.out());
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("password"), cli.out());
    }
}
