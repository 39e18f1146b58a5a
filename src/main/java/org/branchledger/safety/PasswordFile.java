package org.branchledger.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.FileKey;

/**
 * The data folder's password, kept only as a salted slow hash (PBKDF2-HMAC-SHA256) in a small file
 * beside the database, outside it: the program can tell a wrong password before it tries the file.
 * No file means no password: the database is not encrypted. The file also holds the salt and rounds the
 * folder's {@link FileKey} is made with ({@code fileSalt}, {@code fileIterations}; decision record 0021):
 * a file without them is from before 0021, and its folder has the legacy key.
 */
public final class PasswordFile {
    public static final String FILE_NAME = DataFolder.PASSWORD_FILE;
    static final String ALGORITHM = FileKey.ALGORITHM;
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final String salt;
    private final int iterations;
    private final String hash;
    /** Null: a folder from before decision record 0021 (legacy key). */
    private final String fileSalt;
    private final int fileIterations;

    private PasswordFile(String salt, int iterations, String hash, String fileSalt, int fileIterations) {
        this.salt = salt;
        this.iterations = iterations;
        this.hash = hash;
        this.fileSalt = fileSalt;
        this.fileIterations = fileIterations;
    }

    /** The hash of a new password, with a fresh random salt, and a fresh salt for the folder's key. */
    public static PasswordFile of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PasswordFile(b64(salt), ITERATIONS, b64(derive(password, salt, ITERATIONS, HASH_BITS)),
                b64(FileKey.newSalt()), FileKey.ITERATIONS);
    }

    /**
     * The key the folder's files are encrypted with for {@code password} (which must match): made from the
     * recorded salt (slow, by design: once per open), or the legacy key when none is recorded.
     */
    public FileKey fileKey(char[] password) {
        return fileSalt == null ? FileKey.legacy(password)
                : FileKey.derive(password, Base64.getDecoder().decode(fileSalt), fileIterations);
    }

    /** Whether the folder has a password (its database is encrypted). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    public static PasswordFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads one from a stream (a backup's part); {@code name} is for the error. */
    static PasswordFile read(InputStream in, String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String salt = p.getProperty("salt");
        String hash = p.getProperty("hash");
        if (!ALGORITHM.equals(p.getProperty("algorithm")) || salt == null || hash == null) {
            throw new IOException("not a password file: " + name);
        }
        try {
            String fileSalt = p.getProperty("fileSalt");
            int fileIterations = Integer.parseInt(p.getProperty("fileIterations", "0"));
            if (fileSalt != null && fileIterations <= 0) {
                throw new IOException("not a password file: " + name);
            }
            return new PasswordFile(salt, Integer.parseInt(p.getProperty("iterations", "0")), hash, fileSalt,
                    fileIterations);
        } catch (NumberFormatException e) {
            throw new IOException("not a password file: " + name, e);
        }
    }

    /** Whether the folder's key is the legacy one (no salt recorded): the folder is to be moved on. */
    public boolean legacyKey() {
        return fileSalt == null;
    }

    /** Writes the file through a temporary one, so a crash leaves the old file or the new one, never half. */
    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("algorithm", ALGORITHM);
        p.setProperty("iterations", String.valueOf(iterations));
        p.setProperty("salt", salt);
        p.setProperty("hash", hash);
        if (fileSalt != null) {
            p.setProperty("fileSalt", fileSalt);
            p.setProperty("fileIterations", String.valueOf(fileIterations));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Branch Ledger password: salted PBKDF2 hash only, and the salt of the files' key."
                    + " A forgotten password cannot be recovered.");
        }
        org.branchledger.core.db.Permissions.protect(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether {@code password} is the one this file was made from (a slow check, by design). */
    public boolean matches(char[] password) {
        if (password == null || iterations <= 0) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations, expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    /** PBKDF2-HMAC-SHA256 of the password (the hash; and the key of backups' pages before 0021). */
    static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        return FileKey.pbkdf2(password, salt, iterations, bits);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
