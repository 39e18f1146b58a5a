package org.branchledger.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.branchledger.core.Progress;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.FileKey;
import org.h2.tools.ChangeFileEncryption;

/**
 * Data folders and backups as builds before decision record 0021 left them with a password: the database
 * encrypted with the password's unsalted SHA-256, a password file without {@code fileSalt}, the scanned pages
 * plain; a backup with the pages sealed by a key of its own ({@code keySalt}, format 1).
 */
final class LegacyFolders {
    private LegacyFolders() {
    }

    /** Gives a closed folder without a password the password {@code pw} the way an older build did. */
    static void make(Path data, char[] pw) throws Exception {
        ChangeFileEncryption.execute(data.toString(), "branch-ledger", "AES", null, FileKey.legacy(pw).h2Password(), true);
        Path file = data.resolve(PasswordFile.FILE_NAME);
        PasswordFile.of(pw).write(file);
        List<String> lines = Files.readAllLines(file).stream()
                .filter(l -> !l.startsWith("fileSalt") && !l.startsWith("fileIterations")).toList();
        Files.write(file, lines);
    }

    /** A backup of a closed legacy folder, made as an older build made it. */
    static void backup(DataFolder folder, char[] pw, Path out) throws Exception {
        FileKey legacy = FileKey.legacy(pw);
        try (Database db = Database.open(folder, legacy)) {
            new Backups(folder, db, new DataKey(pw, legacy), new SafetyRepository(), Clock.systemDefaultZone())
                    .create(out, Progress.NONE);
        }
    }
}
