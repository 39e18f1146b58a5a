package org.branchledger.township;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.branchledger.App;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.TableDigest;
import org.branchledger.testing.TestApps;

/** The township tests' tools: a folder opened, a package's entries read and rewritten, a database's digest. */
final class Packages {
    private Packages() {
    }

    static App open(Path folder) throws Exception {
        return TestApps.open(folder);
    }

    /** Every row of every table of the folder's database, as one SHA-256. */
    static String digest(Path folder) throws Exception {
        try (App app = open(folder)) {
            return org.branchledger.AppInternals.database(app).read(TableDigest::of);
        }
    }

    static Map<String, byte[]> entries(Path pkg) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    out.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static String text(Path pkg, String entry) throws IOException {
        return new String(entries(pkg).get(entry), StandardCharsets.UTF_8);
    }

    /** A copy of {@code pkg} with one entry's text changed. */
    static Path rewrite(Path pkg, Path out, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> all = entries(pkg);
        all.put(entry, change.apply(new String(all.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        write(out, all);
        return out;
    }

    /** A copy whose manifest says something else, with its checksum made again to fit (as a newer program would). */
    static Path rewriteManifest(Path pkg, Path out, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> all = entries(pkg);
        byte[] manifest = change.apply(new String(all.get(PackageManifest.ENTRY), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        all.put(PackageManifest.ENTRY, manifest);
        all.put(PackageManifest.CHECKSUM_ENTRY, PackageArchive.sha256(manifest).getBytes(StandardCharsets.US_ASCII));
        write(out, all);
        return out;
    }

    private static void write(Path out, Map<String, byte[]> all) throws IOException {
        try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }
}
