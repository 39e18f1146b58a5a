package org.branchledger.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/** The hash that links an audit entry to the one before it. */
public final class AuditChain {
    private AuditChain() {
    }

    public static String hash(String prev, LocalDateTime at, String table, String key, String action,
                              String before, String after) {
        return hash(prev, at, table, key, action, before, after, null);
    }

    /** The hash of an entry that names who made the change; without an actor it is the older hash above. */
    public static String hash(String prev, LocalDateTime at, String table, String key, String action,
                              String before, String after, String actor) {
        String text = String.join("\u001f", prev, at.toString(), table, key, action,
                String.valueOf(before), String.valueOf(after));
        if (actor != null) {
            text = text + "\u001f" + actor;
        }
        return HEX.formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: looking the algorithm up again for every entry of an import cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    });
}
