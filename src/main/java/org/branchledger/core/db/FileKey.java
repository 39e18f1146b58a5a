package org.branchledger.core.db;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key a data folder's files are encrypted with, made from the password once per open (slow on purpose)
 * and kept in memory, never written (decision record 0021). PBKDF2-HMAC-SHA256 with the folder's own random
 * salt ({@code fileSalt} in password.properties) gives a master key; from it, by HMAC-SHA256 with a label
 * each, come the database's file password (given to H2 as hex: ASCII, which H2's JDBC path and its
 * {@code ChangeFileEncryption} read alike), the scanned pages' AES key and the key their file names are
 * made with. Folders from before 0021 have no salt: their "legacy" key is the unsalted SHA-256 of the
 * password, and their pages are plain; opening one with its password moves it to a salted key.
 */
public final class FileKey {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;

    private final char[] h2;
    /** Null for the legacy key: its pages are not encrypted. */
    private final byte[] pages;
    private final byte[] names;

    private FileKey(char[] h2, byte[] pages, byte[] names) {
        this.h2 = h2;
        this.pages = pages;
        this.names = names;
    }

    /** A fresh random salt for a new key. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** The key of a folder with a salt: PBKDF2 of the password, {@code iterations} rounds (slow). */
    public static FileKey derive(char[] password, byte[] salt, int iterations) {
        byte[] master = pbkdf2(password, salt, iterations, 256);
        try {
            return new FileKey(HexFormat.of().formatHex(hmac(master, "h2 file")).toCharArray(),
                    hmac(master, "scanned pages"), hmac(master, "page names"));
        } finally {
            Arrays.fill(master, (byte) 0);
        }
    }

    /** The key of a folder from before decision record 0021: the password's unsalted SHA-256 in hex. */
    public static FileKey legacy(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] utf8 = new byte[bytes.remaining()];
        bytes.get(utf8);
        try {
            return new FileKey(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8)).toCharArray(),
                    null, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** Whether this is a key from before 0021 (unsalted, pages plain): the folder is to be moved on. */
    public boolean legacy() {
        return pages == null;
    }

    /** The file password H2 is given. */
    public char[] h2Password() {
        return h2.clone();
    }

    /** The AES key of the scanned pages; only for a salted key. */
    SecretKeySpec pageKey() {
        if (pages == null) {
            throw new IllegalStateException("a legacy key encrypts no pages");
        }
        return new SecretKeySpec(pages, "AES");
    }

    /**
     * The name a scanned page is kept under when encrypted: a keyed hash of where it is stored (so the
     * name a user gave the scan, often a member's, is not on the disk), 128 bits in hex.
     */
    public String pageName(String storedPath) {
        if (names == null) {
            throw new IllegalStateException("a legacy key names no pages");
        }
        return HexFormat.of().formatHex(hmac(names, storedPath)).substring(0, 32);
    }

    /** PBKDF2-HMAC-SHA256 (also the password file's hash). */
    public static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 missing from the JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 missing from the JDK", e);
        }
    }
}
