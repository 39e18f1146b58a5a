package org.branchledger.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenedBackupTest {

    @Test
    void aDoubleClickedBackupIsTheOnlyArgument() {
        OpenedBackup b = OpenedBackup.in(new String[] {"/home/张三/支部台账备份.BLBAK"}).orElseThrow();
        assertEquals(Path.of("/home/张三/支部台账备份.BLBAK"), b.file());
        assertArrayEquals(new String[0], b.otherArgs());
    }

    @Test
    void theDataFolderOptionIsKept() {
        OpenedBackup b = OpenedBackup.in(new String[] {"--data", "/tmp/d", "x.blbak"}).orElseThrow();
        assertArrayEquals(new String[] {"--data", "/tmp/d"}, b.otherArgs());
        assertTrue(OpenedBackup.in(new String[] {"--data=/tmp/d", "x.blbak"}).isPresent());
    }

    @Test
    void commandsAreNotBackups() {
        assertTrue(OpenedBackup.in(new String[0]).isEmpty());
        assertTrue(OpenedBackup.in(new String[] {"members"}).isEmpty());
        // restore FILE.blbak is the command of the data-safety issue, not a double-click
        assertTrue(OpenedBackup.in(new String[] {"restore", "x.blbak"}).isEmpty());
        assertTrue(OpenedBackup.in(new String[] {"--data", "/tmp/d", "restore", "x.blbak"}).isEmpty());
    }
}
