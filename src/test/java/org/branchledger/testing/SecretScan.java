package org.branchledger.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Looks through every file of a folder, byte by byte, for a secret that must never be written there. */
public final class SecretScan {
    private SecretScan() {
    }

    /** No file in {@code folder} (at any depth) holds {@code secret}, in UTF-8 or UTF-16 either way round. */
    public static void assertNoFileHolds(Path folder, String secret) throws Exception {
        // bytes as ISO-8859-1 text: one char per byte, so a byte sequence is found by String.contains
        List<String> forms = Stream.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                .map(cs -> new String(secret.getBytes(cs), StandardCharsets.ISO_8859_1)).toList();
        int files = 0;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                files++;
                for (String form : forms) {
                    assertFalse(bytes.contains(form), p + " holds the password");
                }
            }
        }
        assertTrue(files > 0, "the folder has files to look at");
    }
}
