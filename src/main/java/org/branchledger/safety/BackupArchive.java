package org.branchledger.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.DurableFiles;
import org.branchledger.core.i18n.Messages;
/**
 * The {@code .blbak} file itself: a zip of parts (the database file, the password hash, the scanned pages,
 * named {@code data/…}) and a manifest with each part's size and SHA-256. Writes parts (scanned pages
 * encrypted with AES-GCM when the folder has a password), checks a whole file without changing anything,
 * and unpacks one into a folder. What to back up and how to swap data folders is {@link Backups}'s.
 */
public final class BackupArchive {
    static final String DB_PART = "data/branch-ledger.mv.db";
    static final String PASSWORD_PART = "data/" + PasswordFile.FILE_NAME;
    static final String ATTACHMENTS = "attachments";
    /** A table's rows in a backup of the rows: {@code tables/NAME.jsonl}. */
    static final String ROWS_PREFIX = "tables/";
    static final String ROWS_SUFFIX = ".jsonl";
    private static final int KEY_ITERATIONS = 100_000;

    private BackupArchive() {
    }

    /**
     * The key the scanned pages are encrypted with: derived from the password and the backup's salt. Branch
     * packages with a password use it for every part too.
     */
    public static SecretKeySpec pageKey(char[] password, byte[] salt) {
        return new SecretKeySpec(PasswordFile.derive(password, salt, KEY_ITERATIONS, 256), "AES");
    }

    /** Writes one part (AES-GCM with a fresh IV before it when {@code aes} is given): its stored size and SHA-256. */
    public static ManifestParts.Part write(ZipOutputStream zip, String name, InputStream in, SecretKeySpec aes)
            throws IOException {
        return write(zip, name, in::transferTo, aes);
    }

    /** What a part holds, written to the stream given (which encrypts and counts it). */
    public interface PartContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes one part from {@code content}, as {@link #write(ZipOutputStream, String, InputStream, SecretKeySpec)}. */
    public static ManifestParts.Part write(ZipOutputStream zip, String name, PartContent content, SecretKeySpec aes)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        CountingOutputStream counted = new CountingOutputStream(zip);
        OutputStream target = new DigestOutputStream(counted, sha);
        if (aes != null) {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            target.write(iv);
            OutputStream plain = new CipherOutputStream(org.branchledger.core.db.FileCipher.keepOpen(target), cipher(Cipher.ENCRYPT_MODE, aes, iv));
            content.writeTo(plain);
            plain.close(); // writes the GCM tag; the zip stays open
        } else {
            content.writeTo(target);
        }
        target.flush();
        zip.closeEntry();
        return new ManifestParts.Part(counted.count, HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether the backup's data is encrypted, so restoring it needs its password. */
    public static boolean encrypted(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            BackupManifest m = manifest(zip, backup);
            return m.encrypted();
        } catch (IOException | UserError e) {
            return false;
        }
    }

    /**
     * Checks a backup completely without changing anything: ours, not from a newer program, every part
     * present and unchanged, and (when encrypted) that {@code password} is its password.
     */
    public static BackupManifest inspect(Path backup, char[] password) {
        String name = backup.getFileName().toString();
        if (!Files.isRegularFile(backup)) {
            throw UserError.badInput(Messages.get("backup.error.missing", name));
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            BackupManifest m = manifest(zip, backup);
            if (m.format() > BackupManifest.FORMAT_ROWS || m.schemaVersion() > Database.latestSchema()) {
                throw UserError.badInput(Messages.get("backup.error.newer", name, m.appVersion()));
            }
            if (!m.parts().containsKey(m.rows() ? ROWS_PREFIX + "audit_log" + ROWS_SUFFIX : DB_PART)) {
                throw UserError.badInput(Messages.get("backup.error.foreign", name));
            }
            for (Map.Entry<String, ManifestParts.Part> p : m.parts().entrySet()) {
                if (!safeName(p.getKey())) {
                    throw UserError.badInput(Messages.get("backup.error.foreign", name));
                }
                ZipEntry e = zip.getEntry(p.getKey());
                if (e == null) {
                    throw UserError.badInput(Messages.get("backup.error.corrupt", name, p.getKey()));
                }
                MessageDigest sha = sha256();
                long size;
                try (InputStream in = zip.getInputStream(e)) {
                    size = copyLimited(in, OutputStream.nullOutputStream(), sha, p.getValue().size());
                }
                if (size != p.getValue().size() || !HexFormat.of().formatHex(sha.digest()).equals(p.getValue().sha256())) {
                    throw UserError.badInput(Messages.get("backup.error.corrupt", name, p.getKey()));
                }
            }
            if (m.encrypted()) {
                checkPassword(zip, m, password, name);
            }
            return m;
        } catch (ZipException e) {
            throw UserError.badInput(Messages.get("backup.error.notZip", name));
        } catch (IOException e) {
            throw UserError.badInput(Messages.get("backup.error.unreadable", name, e.getMessage()));
        }
    }

    private static void checkPassword(ZipFile zip, BackupManifest m, char[] password, String name) throws IOException {
        ZipEntry pw = zip.getEntry(PASSWORD_PART);
        if (pw == null) {
            throw UserError.badInput(Messages.get("backup.error.foreign", name));
        }
        if (password == null) {
            throw new UserError(ExitCode.BAD_INPUT, Messages.get("backup.error.needsPassword", name));
        }
        Path tmp = Files.createTempFile("branch-ledger-pw", ".properties");
        try {
            try (InputStream in = zip.getInputStream(pw)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!PasswordFile.read(tmp).matches(password)) {
                throw UserError.badInput(Messages.get("backup.error.wrongPassword", name));
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static BackupManifest manifest(ZipFile zip, Path backup) throws IOException {
        String name = backup.getFileName().toString();
        ZipEntry e = zip.getEntry(BackupManifest.ENTRY);
        if (e == null) {
            throw UserError.badInput(Messages.get("backup.error.foreign", name));
        }
        try (InputStream in = zip.getInputStream(e)) {
            BackupManifest m = BackupManifest.read(in);
            if (m == null) {
                throw UserError.badInput(Messages.get("backup.error.foreign", name));
            }
            return m;
        }
    }

    static void unpack(Path backup, BackupManifest m, char[] password, Path target) throws IOException {
        SecretKeySpec aes = m.encrypted() && m.keySalt() != null ? pageKey(password, m.keySalt()) : null;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (Map.Entry<String, ManifestParts.Part> p : m.parts().entrySet()) {
                String name = p.getKey();
                Path out = target.resolve(name.substring("data/".length())).normalize();
                if (!out.startsWith(target)) {
                    throw UserError.badInput(Messages.get("backup.error.foreign", backup.getFileName()));
                }
                Files.createDirectories(out.getParent());
                boolean page = name.startsWith("data/" + ATTACHMENTS + "/");
                try (InputStream raw = zip.getInputStream(zip.getEntry(name));
                     OutputStream o = Files.newOutputStream(out)) {
                    if (page && aes != null) {
                        try (InputStream plain = decrypting(raw, aes)) {
                            plain.transferTo(o);
                        }
                    } else {
                        copyLimited(raw, o, null, p.getValue().size());
                    }
                }
            }
        }
    }

    /**
     * A part written by {@link #write} with {@code aes}, read back in plain. A wrong key fails when the end is
     * read (an {@code IOException} caused by {@code javax.crypto.AEADBadTagException}).
     */
    public static InputStream decrypting(InputStream raw, SecretKeySpec aes) throws IOException {
        byte[] iv = raw.readNBytes(12);
        return new CipherInputStream(raw, cipher(Cipher.DECRYPT_MODE, aes, iv));
    }

    private static boolean safeName(String name) {
        return name != null && (name.startsWith("data/") || name.startsWith(ROWS_PREFIX) && name.endsWith(ROWS_SUFFIX))
                && DurableFiles.insideFolder(name);
    }

    /**
     * Copies at most {@code limit} + 1 bytes (and digests them when {@code sha} is given): a part larger than its
     * manifest says is caught without reading it all. Backups and branch packages check their parts with it.
     */
    public static long copyLimited(InputStream in, OutputStream out, MessageDigest sha, long limit) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                return total;
            }
            if (sha != null) {
                sha.update(buf, 0, n);
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] iv) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(128, iv));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM missing from the JDK", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            // the zip entry is closed by the zip
        }
    }
}
