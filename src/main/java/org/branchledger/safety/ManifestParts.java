package org.branchledger.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The list of parts a manifest keeps, shared by backups' and branch packages' manifests: for each file in the
 * archive its name, stored size and SHA-256, as {@code parts}, {@code part.N.name}, {@code part.N.size} and
 * {@code part.N.sha256}, in the order written.
 */
public final class ManifestParts {
    /** One file in an archive: its stored size and SHA-256. */
    public record Part(long size, String sha256) {
    }

    private ManifestParts() {
    }

    /** Puts the parts into {@code p}, numbered in their order. */
    public static void put(Properties p, Map<String, Part> parts) {
        p.setProperty("parts", String.valueOf(parts.size()));
        int i = 0;
        for (Map.Entry<String, Part> e : parts.entrySet()) {
            p.setProperty("part." + i + ".name", e.getKey());
            p.setProperty("part." + i + ".size", String.valueOf(e.getValue().size()));
            p.setProperty("part." + i + ".sha256", e.getValue().sha256());
            i++;
        }
    }

    /**
     * The parts {@code p} lists, in their order.
     *
     * @throws RuntimeException when the list is damaged (a number that is not one, a part missing)
     */
    public static Map<String, Part> read(Properties p) {
        Map<String, Part> parts = new LinkedHashMap<>();
        int n = Integer.parseInt(p.getProperty("parts", "0"));
        for (int i = 0; i < n; i++) {
            parts.put(p.getProperty("part." + i + ".name"), new Part(Long.parseLong(p.getProperty("part." + i + ".size")),
                    p.getProperty("part." + i + ".sha256")));
        }
        return parts;
    }
}
