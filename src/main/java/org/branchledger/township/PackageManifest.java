package org.branchledger.township;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.branchledger.core.audit.AuditAnchor;
import org.branchledger.safety.ManifestParts;
import org.branchledger.safety.ManifestParts.Part;

/**
 * What a branch package says about itself ({@code manifest.properties}): whose records (the branch's identity,
 * and its name unless the package has a password), of which year (null: every year), made when and by which
 * program, the newest entry of the branch computer's audit trail then, how many rows of each table, and every
 * part's size and SHA-256. Beside it, {@code manifest.sha256} holds the SHA-256 of these very bytes: one
 * checksum over everything.
 */
public record PackageManifest(int format, String appVersion, int schemaVersion, String branchUuid, String branchName,
                              Integer year, LocalDateTime madeAt, AuditAnchor auditHead, Map<String, Integer> counts,
                              int pages, boolean encrypted, byte[] keySalt, Map<String, Part> parts) {
    public static final String ENTRY = "manifest.properties";
    public static final String CHECKSUM_ENTRY = "manifest.sha256";
    public static final int FORMAT = 1;
    static final String APP = "branch-ledger-package";

    public PackageManifest {
        counts = Map.copyOf(counts);
        parts = new LinkedHashMap<>(parts);
    }

    /** The same manifest with the parts as written. */
    PackageManifest withParts(Map<String, Part> written) {
        return new PackageManifest(format, appVersion, schemaVersion, branchUuid, branchName, year, madeAt, auditHead,
                counts, pages, encrypted, keySalt, written);
    }

    /** Current members are not counted here: the rows of the roster, its history included. */
    public int rows(String table) {
        return counts.getOrDefault(table, 0);
    }

    public int totalRows() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    byte[] bytes() throws IOException {
        Properties p = new Properties();
        p.setProperty("app", APP);
        p.setProperty("format", String.valueOf(format));
        p.setProperty("appVersion", appVersion);
        p.setProperty("schemaVersion", String.valueOf(schemaVersion));
        p.setProperty("branchUuid", branchUuid);
        if (branchName != null) {
            p.setProperty("branchName", branchName);
        }
        if (year != null) {
            p.setProperty("year", String.valueOf(year));
        }
        p.setProperty("madeAt", madeAt.toString());
        if (auditHead != null) {
            p.setProperty("auditHead", auditHead.text());
        }
        counts.forEach((table, n) -> p.setProperty("rows." + table, String.valueOf(n)));
        p.setProperty("pages", String.valueOf(pages));
        p.setProperty("encrypted", String.valueOf(encrypted));
        if (keySalt != null) {
            p.setProperty("keySalt", Base64.getEncoder().encodeToString(keySalt));
        }
        ManifestParts.put(p, parts);
        StringWriter w = new StringWriter();
        p.store(w, null);
        // the same manifest, the same bytes: without the date line Properties adds, keys in order
        String lines = w.toString().lines().filter(l -> !l.startsWith("#")).sorted()
                .collect(java.util.stream.Collectors.joining("\n", "# Branch Ledger branch package\n", "\n"));
        return lines.getBytes(StandardCharsets.UTF_8);
    }

    /** The version of this program, as packages name it ({@code dev} outside a built jar). */
    static String programVersion() {
        String v = PackageManifest.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /**
     * Whether {@code version} is a later release than this program's (both dotted numbers such as 0.2.0;
     * anything else, a development build included, is not compared).
     */
    static boolean newerThanThisProgram(String version) {
        int[] theirs = numbers(version);
        int[] ours = numbers(programVersion());
        if (theirs == null || ours == null) {
            return false;
        }
        for (int i = 0; i < Math.max(theirs.length, ours.length); i++) {
            int a = i < theirs.length ? theirs[i] : 0;
            int b = i < ours.length ? ours[i] : 0;
            if (a != b) {
                return a > b;
            }
        }
        return false;
    }

    private static int[] numbers(String version) {
        if (version == null) {
            return null;
        }
        String release = version.replaceFirst("-SNAPSHOT$", "");
        if (!release.matches("\\d+(\\.\\d+)*")) {
            return null;
        }
        return java.util.Arrays.stream(release.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    /** The format number a manifest declares, or -1 when it is not a branch package's. */
    static int formatOf(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            return APP.equals(p.getProperty("app")) ? Integer.parseInt(p.getProperty("format", "-1").strip()) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The program version a manifest names, whatever else it holds. */
    static String appVersionOf(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
        return p.getProperty("appVersion", "?");
    }

    /** Reads a manifest; null when it is not a branch package's, or not one this program can read. */
    static PackageManifest read(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            if (!APP.equals(p.getProperty("app"))) {
                return null;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("rows.")) {
                    counts.put(key.substring("rows.".length()), Integer.parseInt(p.getProperty(key)));
                }
            }
            Map<String, Part> parts = ManifestParts.read(p);
            String year = p.getProperty("year");
            String salt = p.getProperty("keySalt");
            return new PackageManifest(Integer.parseInt(p.getProperty("format")), p.getProperty("appVersion", "?"),
                    Integer.parseInt(p.getProperty("schemaVersion")), p.getProperty("branchUuid").strip(),
                    p.getProperty("branchName"), year == null ? null : Integer.valueOf(year),
                    LocalDateTime.parse(p.getProperty("madeAt")),
                    AuditAnchor.parse(p.getProperty("auditHead")).orElse(null), counts,
                    Integer.parseInt(p.getProperty("pages", "0")), Boolean.parseBoolean(p.getProperty("encrypted")),
                    salt == null ? null : Base64.getDecoder().decode(salt), parts);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
