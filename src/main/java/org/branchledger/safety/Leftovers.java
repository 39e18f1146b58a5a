package org.branchledger.safety;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.DurableFiles;
import org.branchledger.core.db.ScannedPages;

/** What killed backups and restores of older builds leave in a data folder, put right at start. */
public final class Leftovers {
    /** Left by a restore of a build before the journal. */
    private static final String STAGING = "restore-staging";
    private static final String REPLACED = "restore-replaced";
    private static final String DB_FILE = RestoreStaging.DB_FILE;
    /** {@link Files#createTempFile} names: prefix, digits, suffix. */
    private static final Pattern H2_BACKUP_TEMP = Pattern.compile("h2backup\\d+\\.zip");

    private Leftovers() {
    }

    /**
     * At start, before the database opens: what a restore of a build before the journal left
     * ({@value #REPLACED}: the live data moved aside; if the live database file is missing, the swap stopped
     * half way and the replaced data goes back), then the leftovers of killed backups: H2's temporary
     * {@code h2backup…zip} and our own {@code .blbak.part} files. The caller holds the folder's lock, so no
     * backup of this folder is running; only names this program makes are touched.
     */
    public static void recover(DataFolder folder) throws IOException {
        Path data = folder.path();
        Path replaced = data.resolve(REPLACED);
        if (Files.isDirectory(replaced)) {
            if (!Files.exists(data.resolve(DB_FILE))) {
                swapBack(data, replaced);
            } else {
                DurableFiles.deleteTree(replaced); // the swap finished; the replaced data is kept as a backup file
            }
        }
        DurableFiles.deleteTree(data.resolve(STAGING));
        removeLeftovers(data);
        ScannedPages.removeEmptyFolders(data); // a password step finished at start leaves the notes' folders empty
    }

    /** Killed backups' and page writes' temporary files: only our own names, in the data folder, attachments/ and backups/. */
    static void removeLeftovers(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && (H2_BACKUP_TEMP.matcher(n).matches() || n.equals(PasswordFile.FILE_NAME + ".tmp"))) {
                    Files.delete(f);
                }
            }
        }
        // H2's ChangeFileEncryption works through "temp.db"; it now runs only in the journal's staging folder,
        // but a build before the journal ran it here. Only a copy, and only while the database file is there.
        if (Files.exists(data.resolve(DB_FILE))) {
            Files.deleteIfExists(data.resolve("temp.db"));
        }
        removeHalfWrittenPages(data);
        Path backups = data.resolve("backups");
        if (Files.isDirectory(backups)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(backups, "*" + Backups.EXTENSION + ".part")) {
                for (Path f : files) {
                    if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    /** A scanned page being written when the process was killed ({@code ….writing}): its row was never committed. */
    private static void removeHalfWrittenPages(Path data) throws IOException {
        // the folder's pages, and its copies of a server's
        for (Path pages : List.of(data.resolve(ScannedPages.FOLDER),
                data.resolve(ScannedPages.SERVER_COPIES).resolve(ScannedPages.FOLDER))) {
            if (!Files.isDirectory(pages, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (java.util.stream.Stream<Path> all = Files.walk(pages)) {
                for (Path f : all.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && p.getFileName().toString().endsWith(ScannedPages.WRITING_SUFFIX)).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static final List<String> DATA_ITEMS = List.of(DB_FILE, BackupArchive.ATTACHMENTS, PasswordFile.FILE_NAME);

    private static void swapBack(Path data, Path replaced) throws IOException {
        for (String item : DATA_ITEMS) {
            if (Files.exists(replaced.resolve(item))) {
                DurableFiles.deleteTree(data.resolve(item));
                Files.move(replaced.resolve(item), data.resolve(item));
            } else {
                DurableFiles.deleteTree(data.resolve(item));
            }
        }
        DurableFiles.deleteTree(replaced);
    }
}
