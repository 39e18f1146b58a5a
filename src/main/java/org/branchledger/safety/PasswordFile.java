package org.branchledger.safety;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The data folder's password, kept only as a salted slow hash (PBKDF2-HMAC-SHA256) in a small file
 * beside the database, outside it: the program can tell a wrong password before it tries the file.
 * No file means no password: the database is not encrypted.
 */
public final class PasswordFile {
    public static final String FILE_NAME = "password.properties";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final String salt;
    private final int iterations;
    private final String hash;

    private PasswordFile(String salt, int iterations, String hash) {
        this.salt = salt;
        this.iterations = iterations;
        this.hash = hash;
    }

    /** The hash of a new password, with a fresh random salt. */
    public static PasswordFile of(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new PasswordFile(b64(salt), ITERATIONS, b64(derive(password, salt, ITERATIONS, HASH_BITS)));
    }

    /** Whether the folder has a password (its database is encrypted). */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME));
    }

    public static PasswordFile read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String salt = p.getProperty("salt");
        String hash = p.getProperty("hash");
        if (!ALGORITHM.equals(p.getProperty("algorithm")) || salt == null || hash == null) {
            throw new IOException("not a password file: " + file);
        }
        try {
            return new PasswordFile(salt, Integer.parseInt(p.getProperty("iterations", "0")), hash);
        } catch (NumberFormatException e) {
            throw new IOException("not a password file: " + file, e);
        }
    }

    /** Writes the file through a temporary one, so a crash leaves the old file or the new one, never half. */
    public void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("algorithm", ALGORITHM);
        p.setProperty("iterations", String.valueOf(iterations));
        p.setProperty("salt", salt);
        p.setProperty("hash", hash);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Branch Ledger password: salted PBKDF2 hash only. A forgotten password cannot be recovered.");
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

    /** A key for encrypting backup parts, derived from the password with a salt of its own. */
    static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 missing from the JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
