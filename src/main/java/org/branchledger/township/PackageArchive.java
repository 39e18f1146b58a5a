package org.branchledger.township;

import org.branchledger.safety.ManifestParts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.Permissions;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.text.Json;
import org.branchledger.safety.BackupArchive;

/**
 * The {@code .blpkg} file: a zip of {@code tables/<table>.jsonl} (one JSON object a row, every value a string
 * or null), optionally {@code pages/<where the scan was kept>}, the manifest and its checksum. With a password
 * every part is encrypted as backups encrypt scanned pages (AES-GCM, key by PBKDF2 from the password and the
 * package's salt); the manifest stays readable, without the branch's name. Reading checks the file whole
 * before anything is used: ours, not newer, manifest checksum, every part's size and SHA-256, nothing added.
 */
final class PackageArchive {
    static final String EXTENSION = ".blpkg";
    static final String PAGES = "pages/";
    private static final String TABLES = "tables/";
    private static final long MAX_MANIFEST = 1 << 20;
    /** A table is read whole into memory: a part claiming more than this is not one of ours. */
    private static final long MAX_TABLE = 512L << 20;

    private PackageArchive() {
    }

    /** Writes the package to exactly {@code out}, through a temporary file beside it moved over at the end. */
    /** A scanned page's content, read when it is written into the package. */
    interface PageSource {
        byte[] read() throws IOException;
    }

    /** Where a received page's content goes, given where it was kept at the branch. */
    interface PageSink {
        void write(String storedAtBranch, byte[] content) throws IOException;
    }

    static PackageManifest write(Path out, PackageManifest manifest, List<PackageTable> tables, Map<String, PageSource> pages,
                                 char[] password) throws IOException {
        SecretKeySpec aes = manifest.encrypted() ? BackupArchive.pageKey(password, manifest.keySalt()) : null;
        Path part = out.resolveSibling(out.getFileName() + ".part");
        Map<String, ManifestParts.Part> parts = new LinkedHashMap<>();
        try {
            PackageManifest done;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                Permissions.protect(part); // personal data: the owner's only, like backups
                for (PackageTable t : tables) {
                    parts.put(t.entry(), BackupArchive.write(zip, t.entry(), new ByteArrayInputStream(jsonLines(t)), aes));
                }
                for (Map.Entry<String, PageSource> page : pages.entrySet()) {
                    String name = PAGES + page.getKey();
                    parts.put(name, BackupArchive.write(zip, name, new ByteArrayInputStream(page.getValue().read()), aes));
                }
                done = manifest.withParts(parts);
                byte[] m = done.bytes();
                zip.putNextEntry(new ZipEntry(PackageManifest.ENTRY));
                zip.write(m);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(PackageManifest.CHECKSUM_ENTRY));
                zip.write(sha256(m).getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
                zip.finish();
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return done;
        } finally {
            Files.deleteIfExists(part);
        }
    }


    private static byte[] jsonLines(PackageTable t) {
        StringBuilder s = new StringBuilder();
        for (Map<String, String> row : t.rows()) {
            s.append(Json.object(row)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the file says it is a package with a password (nothing checked yet: to know whether to ask). */
    static boolean encrypted(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] m = bytes(zip, PackageManifest.ENTRY, MAX_MANIFEST);
            PackageManifest manifest = m == null ? null : PackageManifest.read(m);
            return manifest != null && manifest.encrypted();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Checks the package whole and reads its tables. Pages stay in the file ({@link #copyPages}).
     *
     * @throws UserError (exit 2) naming the file and what is wrong
     */
    static OpenedPackage open(Path file, char[] password) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw refused("township.package.error.missing", name);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] m = bytes(zip, PackageManifest.ENTRY, MAX_MANIFEST);
            int format = m == null ? -1 : PackageManifest.formatOf(m);
            if (format < 0) {
                throw refused("township.package.error.notPackage", name);
            }
            if (format > PackageManifest.FORMAT) {
                throw refused("township.package.error.newer", name, PackageManifest.appVersionOf(m));
            }
            byte[] sum = bytes(zip, PackageManifest.CHECKSUM_ENTRY, 200);
            String checksum = sha256(m);
            if (sum == null || !new String(sum, StandardCharsets.US_ASCII).strip().equals(checksum)) {
                throw refused("township.package.error.tampered", name, PackageManifest.ENTRY);
            }
            PackageManifest manifest = PackageManifest.read(m);
            if (manifest == null) {
                throw refused("township.package.error.notPackage", name);
            }
            if (manifest.schemaVersion() > Database.latestSchema()
                    || PackageManifest.newerThanThisProgram(manifest.appVersion())) {
                throw refused("township.package.error.newer", name, manifest.appVersion());
            }
            checkParts(zip, manifest, name);
            if (manifest.encrypted() && password == null) {
                throw refused("township.package.error.needsPassword", name);
            }
            SecretKeySpec aes = manifest.encrypted() ? BackupArchive.pageKey(password, manifest.keySalt()) : null;
            List<PackageTable> tables = new ArrayList<>();
            for (Map.Entry<String, ManifestParts.Part> p : manifest.parts().entrySet()) {
                if (p.getKey().startsWith(TABLES)) {
                    String table = p.getKey().substring(TABLES.length(), p.getKey().length() - ".jsonl".length());
                    tables.add(new PackageTable(table, rows(plain(zip, p.getKey(), aes, name), name, p.getKey())));
                }
            }
            return new OpenedPackage(file, manifest, tables, checksum);
        } catch (ZipException e) {
            throw refused("township.package.error.notPackage", name);
        } catch (IOException e) {
            throw refused("township.package.error.unreadable", name, e.getMessage());
        }
    }

    /** Every part listed is there, whole and unchanged, with a name of ours; and nothing else is in the file. */
    private static void checkParts(ZipFile zip, PackageManifest m, String name) throws IOException {
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            String entry = all.nextElement().getName();
            if (!m.parts().containsKey(entry) && !entry.equals(PackageManifest.ENTRY)
                    && !entry.equals(PackageManifest.CHECKSUM_ENTRY)) {
                throw refused("township.package.error.tampered", name, entry);
            }
        }
        for (Map.Entry<String, ManifestParts.Part> p : m.parts().entrySet()) {
            String part = p.getKey();
            boolean table = part.startsWith(TABLES) && part.endsWith(".jsonl") && !part.substring(TABLES.length()).contains("/");
            boolean page = part.startsWith(PAGES) && !part.contains("..") && !part.contains("\\") && !part.contains(":");
            ZipEntry e = zip.getEntry(part);
            if ((!table && !page) || e == null || (table && p.getValue().size() > MAX_TABLE)) {
                throw refused("township.package.error.tampered", name, part);
            }
            MessageDigest sha = digest();
            long size;
            try (InputStream in = zip.getInputStream(e)) {
                size = BackupArchive.copyLimited(in, OutputStream.nullOutputStream(), sha, p.getValue().size());
            }
            if (size != p.getValue().size() || !HexFormat.of().formatHex(sha.digest()).equals(p.getValue().sha256())) {
                throw refused("township.package.error.tampered", name, part);
            }
        }
    }

    private static byte[] plain(ZipFile zip, String part, SecretKeySpec aes, String name) throws IOException {
        try (InputStream raw = zip.getInputStream(zip.getEntry(part));
             InputStream in = aes == null ? raw : BackupArchive.decrypting(raw, aes)) {
            return in.readAllBytes();
        } catch (IOException e) {
            if (aes != null && causedByBadTag(e)) {
                throw refused("township.package.error.wrongPassword", name);
            }
            throw e;
        }
    }

    private static boolean causedByBadTag(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AEADBadTagException) {
                return true;
            }
        }
        return false;
    }

    private static List<Map<String, String>> rows(byte[] jsonl, String name, String part) {
        List<Map<String, String>> rows = new ArrayList<>();
        int line = 0;
        for (String text : new String(jsonl, StandardCharsets.UTF_8).split("\n", -1)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String t = text.strip();
            if (!t.startsWith("{") || !t.endsWith("}")) {
                throw refused("township.package.error.line", name, part, String.valueOf(line));
            }
            try {
                rows.add(Json.parseFlat(t));
            } catch (RuntimeException e) {
                throw refused("township.package.error.line", name, part, String.valueOf(line));
            }
        }
        return rows;
    }

    /**
     * Copies the package's scanned pages to where {@code target} says (given where each was kept at the branch),
     * checking each again as it goes.
     */
    static void copyPages(OpenedPackage opened, char[] password, PageSink target) throws IOException {
        PackageManifest m = opened.manifest();
        SecretKeySpec aes = m.encrypted() ? BackupArchive.pageKey(password, m.keySalt()) : null;
        String name = opened.file().getFileName().toString();
        try (ZipFile zip = new ZipFile(opened.file().toFile())) {
            for (Map.Entry<String, ManifestParts.Part> p : m.parts().entrySet()) {
                if (!p.getKey().startsWith(PAGES)) {
                    continue;
                }
                byte[] stored;
                try (InputStream raw = zip.getInputStream(zip.getEntry(p.getKey()))) {
                    stored = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, p.getValue().size() + 1));
                }
                if (stored.length != p.getValue().size() || !sha256(stored).equals(p.getValue().sha256())) {
                    throw refused("township.package.error.tampered", name, p.getKey());
                }
                try (InputStream in = aes == null ? new ByteArrayInputStream(stored)
                        : BackupArchive.decrypting(new ByteArrayInputStream(stored), aes)) {
                    target.write(p.getKey().substring(PAGES.length()), in.readAllBytes());
                }
            }
        }
    }

    private static byte[] bytes(ZipFile zip, String entry, long limit) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            return BackupArchive.copyLimited(in, out, null, limit) > limit ? null : out.toByteArray();
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    static UserError refused(String key, Object... args) {
        return UserError.badInput(Messages.get(key, args));
    }
}
