package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's server.properties: address and user only, read back as written, forgotten whole. */
class ServerChoiceTest {
    @TempDir
    Path folder;

    @Test
    void writtenReadBackAndForgotten() throws Exception {
        ServerChoice choice = new ServerChoice(ServerAddress.parse("postgresql://192.168.1.10/zhibu").orElseThrow(),
                "王 书记=1");
        choice.save(folder);
        assertEquals(Optional.of(choice), ServerChoice.read(folder));
        String text = Files.readString(folder.resolve(ServerChoice.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(text.contains("address=postgresql://192.168.1.10:5432/zhibu"), text);
        assertTrue(text.contains("王"), "written as typed, for the IT person to read: " + text);
        ServerChoice.forget(folder);
        assertEquals(Optional.empty(), ServerChoice.read(folder));
    }

    @Test
    void aFileThatNamesNoServerIsNoChoice() throws Exception {
        Files.writeString(folder.resolve(ServerChoice.FILE_NAME), "address=mysql://x/y\nuser=a\n");
        assertEquals(Optional.empty(), ServerChoice.read(folder));
        Files.writeString(folder.resolve(ServerChoice.FILE_NAME), "address=postgresql://x/y\n");
        assertEquals(Optional.empty(), ServerChoice.read(folder), "no user");
    }
}
