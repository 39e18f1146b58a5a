package org.branchledger.safety;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.spec.SecretKeySpec;
import org.branchledger.core.UserError;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.core.audit.AuditTrigger;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.Engine;
import org.branchledger.core.db.Permissions;
import org.branchledger.core.db.ScannedPages;
import org.branchledger.core.db.Snapshot;
import org.branchledger.core.db.TableDigest;
import org.branchledger.core.db.TableRows;
import org.branchledger.core.i18n.Messages;

/**
 * Backups of the rows ({@link BackupManifest#FORMAT_ROWS}, issue 21): every table's rows as text in the archive,
 * read in one snapshot, so a server's data can be backed up while others work, and restored into an empty
 * server database or a data folder's new H2 file alike. The manifest carries the rows' {@link TableDigest#portable};
 * a restore fills the new database in one transaction with the audit triggers off (the backup's trail already
 * records every row) and compares the digest before it commits. A folder with a password gives an encrypted
 * backup: each part sealed with a key made from the password and the backup's own salt, the password's hash
 * beside them, as a backup of the file seals the scanned pages.
 */
final class RowsBackup {
    private RowsBackup() {
    }

    /** Writes a backup of the rows of {@code db} to {@code out} (through a temporary file beside it). */
    static BackupManifest create(Path out, Database db, DataKey key, Path folder, SafetyRepository repository,
                                 Clock clock, String appVersion) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path part = parent.resolve(out.getFileName() + ".part");
        char[] password = key.password();
        byte[] salt = null;
        SecretKeySpec aes = null;
        if (password != null) {
            salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            aes = BackupArchive.pageKey(password, salt);
        }
        byte[] keySalt = salt;
        SecretKeySpec sealed = aes;
        // a folder's pages are its files (its table stays empty): written as that table's lines
        ScannedPages folderPages = db.engine() == Engine.H2 ? new ScannedPages(folder, key::fileKey) : null;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            Permissions.protect(part); // before anything is written into it
            Map<String, ManifestParts.Part> parts = new LinkedHashMap<>();
            Path pw = folder.resolve(PasswordFile.FILE_NAME);
            if (password != null && Files.isRegularFile(pw)) {
                try (InputStream in = Files.newInputStream(pw)) {
                    parts.put(BackupArchive.PASSWORD_PART, BackupArchive.write(zip, BackupArchive.PASSWORD_PART, in, null));
                }
            }
            BackupManifest manifest = Snapshot.read(db, tx -> {
                AuditAnchor head = repository.auditHead(tx);
                String digest = tx.connectionResult(c -> {
                    for (String table : TableRows.inDependencyOrder(c)) {
                        String name = BackupArchive.ROWS_PREFIX + table + BackupArchive.ROWS_SUFFIX;
                        parts.put(name, writeTable(zip, name, c, table, sealed, folderPages));
                    }
                    return TableDigest.portable(c);
                });
                return new BackupManifest(BackupManifest.FORMAT_ROWS, appVersion, db.schemaVersion(),
                        LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), password != null,
                        repository.branchNames(tx), repository.memberCount(tx), repository.auditCount(tx), parts,
                        keySalt, head, digest);
            });
            zip.putNextEntry(new java.util.zip.ZipEntry(BackupManifest.ENTRY));
            manifest.write(zip);
            zip.closeEntry();
            zip.finish();
            zip.close();
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static ManifestParts.Part writeTable(ZipOutputStream zip, String name, Connection c, String table,
                                                 SecretKeySpec aes, ScannedPages folderPages) {
        try {
            return BackupArchive.write(zip, name, out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                try {
                    if (folderPages != null && table.equals(TableRows.PAGES_TABLE)) {
                        TableRows.writePages(c, folderPages, w);
                    } else {
                        TableRows.write(c, table, w);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                w.flush();
            }, aes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills {@code target}, which must hold no rows, with a checked backup's rows: one transaction, the audit
     * triggers off, the digest compared with the manifest's before the commit. Nothing is kept on any failure.
     *
     * @throws TableRows.NotEmptyException when {@code target} holds data (nothing written)
     * @throws UserError (exit 2) when the rows do not read back as the backup says
     */
    static void fill(Database target, Path backup, BackupManifest m, char[] password) throws Exception {
        SecretKeySpec aes = m.encrypted() ? BackupArchive.pageKey(password, m.keySalt()) : null;
        String name = backup.getFileName().toString();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            AuditTrigger.quietWhile(() -> target.read(c -> {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    List<String> tables = TableRows.inDependencyOrder(c);
                    TableRows.refuseUnlessEmpty(c, tables);
                    TableRows.serverTriggers(c, tables, false);
                    for (String table : tables) {
                        String part = BackupArchive.ROWS_PREFIX + table + BackupArchive.ROWS_SUFFIX;
                        if (!m.parts().containsKey(part)) {
                            continue; // a table newer than the backup: it stays empty
                        }
                        readTable(zip, part, aes, c, table);
                    }
                    String digest = TableDigest.portable(c);
                    if (!digest.equals(m.tablesDigest())) {
                        throw UserError.badInput(Messages.get("backup.rows.digestDiffers", name));
                    }
                    TableRows.serverTriggers(c, tables, true);
                    TableRows.continueNumbers(c, tables);
                    c.commit();
                    return null;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            }));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException || e.getCause() instanceof IOException) {
                throw UserError.badInput(Messages.get("backup.rows.unreadable", name, e.getMessage()));
            }
            throw e;
        } catch (TableRows.BadLineException e) {
            throw UserError.badInput(Messages.get("backup.rows.unreadable", name, e.getMessage()));
        }
    }

    /** The stored paths of the pages a checked backup of the rows holds (empty when it has no pages part). */
    static List<String> pagePaths(Path backup, BackupManifest m, char[] password) throws IOException {
        String part = BackupArchive.ROWS_PREFIX + TableRows.PAGES_TABLE + BackupArchive.ROWS_SUFFIX;
        if (!m.parts().containsKey(part)) {
            return List.of();
        }
        SecretKeySpec aes = m.encrypted() ? BackupArchive.pageKey(password, m.keySalt()) : null;
        List<String> paths = new java.util.ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile());
             InputStream raw = zip.getInputStream(zip.getEntry(part));
             InputStream plain = aes == null ? raw : BackupArchive.decrypting(raw, aes);
             BufferedReader in = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8), 1 << 16)) {
            in.readLine(); // the column names
            String line;
            while ((line = in.readLine()) != null) {
                String stored = org.branchledger.core.text.Json.parseStrings(line).get(0);
                if (stored == null || !stored.startsWith(ScannedPages.FOLDER + "/")
                        || !org.branchledger.core.db.DurableFiles.insideFolder(stored)) {
                    throw new IllegalArgumentException("a page outside " + ScannedPages.FOLDER + "/: " + stored);
                }
                paths.add(stored);
            }
        } catch (RuntimeException e) {
            throw UserError.badInput(Messages.get("backup.rows.unreadable", backup.getFileName(), e.getMessage()));
        }
        return paths;
    }

    private static void readTable(ZipFile zip, String part, SecretKeySpec aes, Connection c, String table)
            throws SQLException {
        try (InputStream raw = zip.getInputStream(zip.getEntry(part));
             InputStream plain = aes == null ? raw : BackupArchive.decrypting(raw, aes);
             BufferedReader in = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8), 1 << 16)) {
            TableRows.read(c, table, in);
        } catch (IOException e) {
            throw new IllegalStateException(table + ": " + e.getMessage(), e);
        }
    }
}
