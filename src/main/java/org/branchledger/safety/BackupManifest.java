package org.branchledger.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.safety.ManifestParts.Part;

/**
 * The small text file inside a backup that says what it holds: program and schema version, when, which
 * branches and how many members (left out when the data is encrypted), and each part's size and SHA-256;
 * and the audit trail's newest entry when it was taken ({@code auditHead}, null in older backups), which the
 * live trail must still hold: an anchor outside the database. A backup of the rows ({@link #FORMAT_ROWS}) also
 * carries {@code tablesDigest}, {@code TableDigest.portable} of the data it holds (null in a file backup).
 */
public record BackupManifest(int format, String appVersion, int schemaVersion, LocalDateTime created,
                             boolean encrypted, List<String> branches, int members, int auditEntries,
                             Map<String, Part> parts, byte[] keySalt, AuditAnchor auditHead, String tablesDigest) {
    public static final String ENTRY = "manifest.properties";
    /**
     * 2: the folder's pages are in the backup as they are on disk, sealed with the folder's key, whose salt
     * is in the backup's password file (decision record 0021); an encrypted backup is written as 2 (older
     * programs refuse it as newer: they could not open it), an unencrypted one as 1.
     */
    public static final int FORMAT = 2;
    /** 1: pages plain on disk; in an encrypted backup sealed with a key of the backup's own ({@code keySalt}). */
    static final int FORMAT_PAGES_PLAIN = 1;
    /**
     * 3: the rows of every table as text ({@code tables/NAME.jsonl}, {@code TableRows}), the same from either
     * engine (issue 21): a server's backup, or a folder's made with {@code backup --portable}. Encrypted with a
     * key of the backup's own ({@code keySalt}) when the folder has a password. Older programs refuse it as newer.
     */
    public static final int FORMAT_ROWS = 3;

    /** Whether the backup holds the tables' rows rather than the database file. */
    public boolean rows() {
        return format == FORMAT_ROWS;
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", String.valueOf(format));
        p.setProperty("app", "branch-ledger");
        p.setProperty("appVersion", appVersion);
        p.setProperty("schemaVersion", String.valueOf(schemaVersion));
        p.setProperty("created", created.toString());
        p.setProperty("encrypted", String.valueOf(encrypted));
        if (!encrypted) {
            p.setProperty("branches", String.join("\n", branches));
        }
        p.setProperty("members", String.valueOf(members));
        p.setProperty("auditEntries", String.valueOf(auditEntries));
        if (auditHead != null) {
            p.setProperty("auditHead", auditHead.text());
        }
        if (tablesDigest != null) {
            p.setProperty("tablesDigest", tablesDigest);
        }
        if (keySalt != null) {
            p.setProperty("keySalt", Base64.getEncoder().encodeToString(keySalt));
        }
        ManifestParts.put(p, parts);
        StringWriter w = new StringWriter();
        p.store(w, "Branch Ledger backup");
        out.write(w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a manifest; null when it is not one of ours. */
    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8)));
        if (!"branch-ledger".equals(p.getProperty("app"))) {
            return null;
        }
        try {
            Map<String, Part> parts = ManifestParts.read(p);
            String branches = p.getProperty("branches", "");
            String salt = p.getProperty("keySalt");
            return new BackupManifest(Integer.parseInt(p.getProperty("format", "0")), p.getProperty("appVersion", "?"),
                    Integer.parseInt(p.getProperty("schemaVersion", "0")), LocalDateTime.parse(p.getProperty("created")),
                    Boolean.parseBoolean(p.getProperty("encrypted")),
                    branches.isEmpty() ? List.of() : new ArrayList<>(List.of(branches.split("\n"))),
                    Integer.parseInt(p.getProperty("members", "0")), Integer.parseInt(p.getProperty("auditEntries", "0")),
                    parts, salt == null ? null : Base64.getDecoder().decode(salt),
                    AuditAnchor.parse(p.getProperty("auditHead")).orElse(null), p.getProperty("tablesDigest"));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
