package org.branchledger.core.db;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A scanned page encrypted with the folder's page key (AES-256-GCM), as one file:
 *
 * <pre>
 * "BLPG" | version 1 | nonce (12) | length of the sealed name (2) | sealed name | nonce (12) | sealed content
 * </pre>
 *
 * The name (where the page is stored, e.g. {@code attachments/12/张三心得.jpg}) is sealed on its own so that
 * a password step can learn it without reading the whole page; the content is sealed with every byte before
 * it as associated data, so a content cannot be moved under another name unnoticed. Each part has a random
 * nonce and GCM's 16-byte tag: a wrong key or a changed byte is an error, never wrong data. The salt the key
 * was made with is the folder's (password.properties), not the file's.
 */
public final class FileCipher {
    private static final byte[] MAGIC = {'B', 'L', 'P', 'G'};
    private static final int VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A page opened: where it is stored and its bytes. */
    public record Page(String storedPath, byte[] content) {
    }

    private FileCipher() {
    }

    /** Whether a file is a sealed page (its first bytes say so). */
    public static boolean sealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length + 1);
            return head.length == MAGIC.length + 1 && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    && head[MAGIC.length] == VERSION;
        }
    }

    /** Writes {@code content} sealed with {@code key} under the stored name {@code storedPath}. */
    public static void seal(FileKey key, String storedPath, InputStream content, OutputStream out) throws IOException {
        SecretKeySpec aes = key.pageKey();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(MAGIC);
        head.write(VERSION);
        byte[] nameNonce = nonce();
        head.write(nameNonce);
        byte[] name = crypt(Cipher.ENCRYPT_MODE, aes, nameNonce, head.toByteArray(),
                storedPath.getBytes(StandardCharsets.UTF_8));
        if (name.length > 0xffff) {
            throw new IOException("stored name too long: " + storedPath.length());
        }
        head.write(name.length >>> 8);
        head.write(name.length);
        head.write(name);
        byte[] contentNonce = nonce();
        head.write(contentNonce);
        byte[] aad = head.toByteArray();
        out.write(aad);
        Cipher c = cipher(Cipher.ENCRYPT_MODE, aes, contentNonce);
        c.updateAAD(aad);
        OutputStream sealed = new CipherOutputStream(new KeepOpen(out), c);
        content.transferTo(sealed);
        sealed.close(); // writes GCM's tag; {@code out} stays open
    }

    /** The stored name of a sealed page: only its first bytes are read. */
    public static String storedPath(FileKey key, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readHead(key, in, file).storedPath();
        }
    }

    /** A sealed page's name and bytes, in memory; an error when the key is not its key or a byte changed. */
    public static Page open(FileKey key, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Head head = readHead(key, in, file);
            byte[] content = crypt(Cipher.DECRYPT_MODE, key.pageKey(), head.contentNonce(), head.bytes(),
                    in.readAllBytes(), file);
            return new Page(head.storedPath(), content);
        }
    }

    /** Everything before the sealed content: its bytes (the content's associated data), the name, the nonce. */
    private record Head(byte[] bytes, String storedPath, byte[] contentNonce) {
    }

    private static Head readHead(FileKey key, InputStream raw, Path file) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] start = in.readNBytes(MAGIC.length + 1 + NONCE);
        if (start.length != MAGIC.length + 1 + NONCE || !Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || start[MAGIC.length] != VERSION) {
            throw new IOException("not a sealed page: " + file.getFileName());
        }
        head.write(start);
        byte[] nameNonce = Arrays.copyOfRange(start, MAGIC.length + 1, start.length);
        int length;
        try {
            length = in.readUnsignedShort();
        } catch (java.io.EOFException e) {
            throw new IOException("sealed page cut short: " + file.getFileName(), e);
        }
        byte[] sealedName = in.readNBytes(length);
        byte[] contentNonce = in.readNBytes(NONCE);
        if (sealedName.length != length || contentNonce.length != NONCE) {
            throw new IOException("sealed page cut short: " + file.getFileName());
        }
        byte[] name = crypt(Cipher.DECRYPT_MODE, key.pageKey(), nameNonce, start, sealedName, file);
        head.write(length >>> 8);
        head.write(length);
        head.write(sealedName);
        head.write(contentNonce);
        return new Head(head.toByteArray(), new String(name, StandardCharsets.UTF_8), contentNonce);
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] data, Path file)
            throws IOException {
        try {
            return crypt(mode, key, nonce, aad, data);
        } catch (IOException e) {
            throw new IOException("sealed page does not open with this key, or was changed: " + file.getFileName(), e);
        }
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] aad, byte[] data) throws IOException {
        Cipher c = cipher(mode, key, nonce);
        c.updateAAD(aad);
        try {
            return c.doFinal(data);
        } catch (AEADBadTagException e) {
            throw new IOException("authentication failed", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM missing from the JDK", e);
        }
    }

    private static byte[] nonce() {
        byte[] n = new byte[NONCE];
        RANDOM.nextBytes(n);
        return n;
    }

    /** {@code out} for a cipher stream to write its tag to on close, without closing {@code out} itself. */
    public static OutputStream keepOpen(OutputStream out) {
        return new KeepOpen(out);
    }

    /** Lets the cipher stream write its tag on close without closing the file under it. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
