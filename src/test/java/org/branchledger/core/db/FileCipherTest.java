package org.branchledger.core.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder's key and the sealed page: what goes in comes out, with the right key only, and nothing readable. */
class FileCipherTest {
    private static final String STORED = "attachments/12/张三的心得.jpg";
    private static final byte[] SALT = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    @TempDir
    Path dir;

    private static FileKey key(String password) {
        return FileKey.derive(password.toCharArray(), SALT, 1000);
    }

    private Path seal(FileKey key, String stored, byte[] content) throws IOException {
        Path file = dir.resolve(key.pageName(stored) + ".blpage");
        try (OutputStream out = Files.newOutputStream(file)) {
            FileCipher.seal(key, stored, new ByteArrayInputStream(content), out);
        }
        return file;
    }

    @Test
    void aSealedPageOpensWithItsKeyAndSaysNothingReadable() throws Exception {
        byte[] content = "张三 110105194912310021 13800138000".getBytes(StandardCharsets.UTF_8);
        Path file = seal(key("红旗村2026"), STORED, content);

        assertTrue(FileCipher.sealed(file));
        FileCipher.Page page = FileCipher.open(key("红旗村2026"), file);
        assertEquals(STORED, page.storedPath());
        assertArrayEquals(content, page.content());
        assertEquals(STORED, FileCipher.storedPath(key("红旗村2026"), file), "the name alone, from the first bytes");
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (String plain : new String[] {"张三", "110105194912310021", "13800138000", "心得"}) {
            assertFalse(raw.contains(new String(plain.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)), plain);
        }
        assertFalse(file.getFileName().toString().contains("张三"));
    }

    @Test
    void anotherKeyOrAChangedByteIsAnErrorNeverWrongData() throws Exception {
        Path file = seal(key("红旗村2026"), STORED, new byte[5000]);
        assertThrows(IOException.class, () -> FileCipher.open(key("another-one"), file));
        assertThrows(IOException.class, () -> FileCipher.storedPath(key("another-one"), file));
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() - 40);
            int b = f.read();
            f.seek(f.length() - 40);
            f.write(b ^ 1);
        }
        assertThrows(IOException.class, () -> FileCipher.open(key("红旗村2026"), file));
    }

    @Test
    void aContentCannotBeMovedUnderAnotherPagesName() throws Exception {
        FileKey k = key("红旗村2026");
        byte[] a = Files.readAllBytes(seal(k, STORED, "page A".getBytes(StandardCharsets.UTF_8)));
        byte[] b = Files.readAllBytes(seal(k, "attachments/13/李四.jpg", "page B".getBytes(StandardCharsets.UTF_8)));
        // A's head (with its name) followed by B's sealed content
        int headA = headLength(a);
        int headB = headLength(b);
        byte[] spliced = new byte[headA + b.length - headB];
        System.arraycopy(a, 0, spliced, 0, headA);
        System.arraycopy(b, headB, spliced, headA, b.length - headB);
        Path file = dir.resolve("spliced.blpage");
        Files.write(file, spliced);
        assertEquals(STORED, FileCipher.storedPath(k, file));
        assertThrows(IOException.class, () -> FileCipher.open(k, file));
    }

    /** magic, version, nonce, length, sealed name, nonce. */
    private static int headLength(byte[] sealed) {
        int nameLength = ((sealed[17] & 0xff) << 8) | (sealed[18] & 0xff);
        return 19 + nameLength + 12;
    }

    @Test
    void aPlainFileIsNotTakenForASealedOne() throws Exception {
        Path plain = dir.resolve("scan.png");
        Files.write(plain, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
        assertFalse(FileCipher.sealed(plain));
        Path empty = dir.resolve("empty.jpg");
        Files.write(empty, new byte[0]);
        assertFalse(FileCipher.sealed(empty));
    }

    @Test
    void theKeyIsSaltedAndTheLegacyKeyIsThePasswordsPlainSha256() throws Exception {
        char[] pw = "红旗村2026".toCharArray();
        FileKey one = FileKey.derive(pw, SALT, 1000);
        assertEquals(new String(one.h2Password()), new String(FileKey.derive(pw, SALT, 1000).h2Password()));
        assertNotEquals(new String(one.h2Password()), new String(FileKey.derive(pw, FileKey.newSalt(), 1000).h2Password()),
                "another salt, another key");
        assertNotEquals(one.pageName(STORED), FileKey.derive(pw, FileKey.newSalt(), 1000).pageName(STORED));
        assertTrue(new String(one.h2Password()).matches("[0-9a-f]{64}"), "ASCII for H2");
        assertFalse(one.legacy());

        FileKey legacy = FileKey.legacy(pw);
        assertTrue(legacy.legacy());
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("红旗村2026".getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha, new String(legacy.h2Password()), "what builds before 0021 gave H2");
        assertTrue(FileKey.ITERATIONS >= 210_000);
    }
}
