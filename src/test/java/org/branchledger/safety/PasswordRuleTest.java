package org.branchledger.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.branchledger.core.UserError;
import org.branchledger.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rule for a new password, wherever it is chosen: the dialog, the command, the service. */
@org.junit.jupiter.api.Tag("keys") // derives keys from passwords: runs with the optimising compiler (pom.xml, execution `keys`)
class PasswordRuleTest {
    @TempDir
    Path dir;

    @Test
    void sixCharactersAtLeastAChineseCharacterCountingAsOne() {
        assertNull(PasswordRule.problem("红旗村党支部"));
        assertNull(PasswordRule.problem("abc123"));
        assertTrue(PasswordRule.problem("红旗村支部").contains("至少 6 位"));
        assertTrue(PasswordRule.problem("").contains("至少 6 位"));
        assertThrows(UserError.class, () -> PasswordRule.check("12345".toCharArray()));
        assertNull(PasswordRule.problem("𠀀𠀁𠀂𠀃𠀄𠀅"), "six characters outside the basic plane");
        assertTrue(PasswordRule.problem("𠀀𠀁𠀂").contains("至少 6 位"), "three, though six UTF-16 units");
    }

    @Test
    void theCommandRefusesAShortPasswordForSetAndChangeAndChangesNothing() {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertEquals(0, cli.run("demo", "--members", "3"), cli.err());
        assertEquals(2, cli.stdin("红旗村\n").run("password", "set"));
        assertTrue(cli.err().contains("至少 6 位"), cli.err());
        assertFalse(Files.exists(data.resolve(PasswordFile.FILE_NAME)));
        assertEquals(0, cli.stdin("红旗村党支部\n").run("password", "set"), cli.err());
        cli.env(Map.of("BRANCH_LEDGER_PASSWORD", "红旗村党支部", "BRANCH_LEDGER_NEW_PASSWORD", "短密码"));
        assertEquals(2, cli.run("password", "change"));
        assertTrue(cli.err().contains("至少 6 位"), cli.err());
        assertEquals(0, cli.run("members"), "the password in force is still the old one: " + cli.err());
    }
}
