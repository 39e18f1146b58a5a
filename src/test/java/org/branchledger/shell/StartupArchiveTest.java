package org.branchledger.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    @Test
    void theArchiveIsMadeFromTheClassListAndRemadeWhenTheJarChanges(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("branch-ledger.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, new Manifest())) {
            j.flush();
        }
        Path archivePath = dir.resolve("branch-ledger.jsa");
        StartupArchive archive = new StartupArchive(archivePath, jar);
        assertFalse(archive.needsDump(), "without a class list there is nothing to make");

        Files.writeString(archive.classList(), "java/lang/Object\njava/lang/String\n");
        assertTrue(archive.needsDump());
        assertTrue(archive.canWrite());
        assertTrue(archive.dump());
        assertTrue(Files.size(archivePath) > 0);
        assertFalse(archive.needsDump(), "the archive fits the jar it was made for");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertTrue(archive.needsDump(), "a replaced jar makes the archive stale");
    }
}
