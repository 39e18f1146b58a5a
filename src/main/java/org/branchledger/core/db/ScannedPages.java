package org.branchledger.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The scanned pages of a data folder, under {@value #FOLDER}/. Each page has a stored path (recorded in the
 * database, e.g. {@code attachments/12/张三心得.jpg}). Without a password the file is there, as it was
 * chosen. With one it is sealed ({@link FileCipher}) under a name that says nothing
 * ({@code attachments/<keyed hash>.blpage}); reading it decrypts it into memory, never onto the disk. On an office's
 * server ({@link #onServer}) the pages are the server's, the folder keeping copies ({@link ServerPages}).
 */
public final class ScannedPages {
    public static final String FOLDER = "attachments";
    static final String SEALED_SUFFIX = ".blpage";
    /** A page being written (no page the user chooses ends so): a kill leaves it, the next start removes it. */
    public static final String WRITING_SUFFIX = ".writing";
    /** Under the data folder: its copies of an office server's pages ({@link ServerPages}). */
    public static final String SERVER_COPIES = "cache/server-pages";

    private final Path data;
    private final Supplier<FileKey> key;
    private final ServerPages server; // null: the files under data are the pages

    /** @param key the folder's key now (null: no password); asked at every use, since a password step changes it */
    public ScannedPages(Path data, Supplier<FileKey> key) {
        this.data = data;
        this.key = key;
        this.server = null;
    }

    private ScannedPages(Path data, Supplier<FileKey> key, Database server) {
        this.data = data;
        this.key = key;
        this.server = new ServerPages(server, new ScannedPages(data.resolve(SERVER_COPIES), key));
    }

    /**
     * The pages of an office's server (issue 21): kept in its {@code scanned_page} table, copies of those read or
     * written kept in the folder {@code data} (sealed with its {@code key} when it has a password).
     */
    public static ScannedPages onServer(Path data, Supplier<FileKey> key, Database server) {
        return new ScannedPages(data, key, server);
    }

    /** Where the page stored as {@code storedPath} is on disk under {@code key} (null: no password). */
    public static String fileName(FileKey key, String storedPath) {
        return key == null || key.legacy() ? storedPath : FOLDER + "/" + key.pageName(storedPath) + SEALED_SUFFIX;
    }

    /** Whether a page is kept under this stored path (so a new one needs another name). */
    public boolean exists(String storedPath) {
        if (server != null) {
            return server.exists(storedPath);
        }
        return Files.exists(data.resolve(fileName(key.get(), storedPath)), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(data.resolve(storedPath), LinkOption.NOFOLLOW_LINKS);
    }

    /** A page's bytes, decrypted into memory when it is sealed. */
    public byte[] read(String storedPath) throws IOException {
        if (server != null) {
            return server.read(storedPath);
        }
        FileKey k = key.get();
        Path file = data.resolve(fileName(k, storedPath));
        if (k != null && !k.legacy() && Files.isRegularFile(file)) {
            FileCipher.Page page = FileCipher.open(k, file);
            if (!page.storedPath().equals(storedPath)) {
                throw new IOException("sealed page holds another page: " + file.getFileName());
            }
            return page.content();
        }
        return Files.readAllBytes(data.resolve(storedPath)); // no password, or a page left plain
    }

    /**
     * Keeps {@code source} as the page {@code storedPath}: sealed with a password, else copied. Written
     * through a temporary file (the owner's only), so a failure leaves no half page.
     */
    public void write(String storedPath, Path source) throws IOException {
        if (server != null) {
            server.write(storedPath, Files.readAllBytes(source));
            return;
        }
        try (InputStream in = Files.newInputStream(source)) {
            write(storedPath, in);
        }
    }

    /**
     * The same for a new page, inside the transaction {@code tx} that records it: on a server the bytes go into it
     * (and a page another PC added under the same path meanwhile fails it). See {@link #discard} for a rollback.
     */
    public void add(org.jooq.DSLContext tx, String storedPath, Path source) throws IOException {
        if (server != null) {
            server.add(tx, storedPath, Files.readAllBytes(source));
        } else {
            write(storedPath, source);
        }
    }

    /** Removes what {@link #add} left when its transaction rolled back (on a server only the folder's copy). */
    public void discard(String storedPath) throws IOException {
        if (server != null) {
            server.discard(storedPath);
        } else {
            delete(storedPath);
        }
    }

    /** The same from bytes in memory (a page received in a branch's data package). */
    public void write(String storedPath, byte[] content) throws IOException {
        if (server != null) {
            server.write(storedPath, content);
            return;
        }
        write(storedPath, new java.io.ByteArrayInputStream(content));
    }

    private void write(String storedPath, InputStream in) throws IOException {
        FileKey k = key.get();
        Path target = data.resolve(fileName(k, storedPath));
        Files.createDirectories(target.getParent());
        Permissions.protect(data.resolve(FOLDER));
        Permissions.protect(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + WRITING_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Permissions.protect(tmp); // before a byte is written
                if (k == null || k.legacy()) {
                    in.transferTo(out);
                } else {
                    FileCipher.seal(k, storedPath, in, out);
                }
            }
            DurableFiles.force(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes a page (sealed or plain) and its note's folder when that is then empty. */
    public void delete(String storedPath) throws IOException {
        if (server != null) {
            server.delete(storedPath);
            return;
        }
        Files.deleteIfExists(data.resolve(fileName(key.get(), storedPath)));
        Path plain = data.resolve(storedPath);
        Files.deleteIfExists(plain);
        removeEmptyFolders(data);
    }

    /** Every file under {@value #FOLDER}/, relative to the data folder, '/'-separated; links are not followed. */
    public static List<String> all(Path data) throws IOException {
        Path dir = data.resolve(FOLDER);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                            && !p.getFileName().toString().endsWith(WRITING_SUFFIX))
                    .map(p -> data.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Removes the empty note folders a password step or a deletion leaves under {@value #FOLDER}/. */
    public static void removeEmptyFolders(Path data) throws IOException {
        Path dir = data.resolve(FOLDER);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path c : children) {
                if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(c);
                }
            }
        }
        for (Path f : folders) {
            try (Stream<Path> rest = Files.list(f)) {
                if (rest.findAny().isEmpty()) {
                    Files.deleteIfExists(f);
                }
            } catch (java.nio.file.DirectoryNotEmptyException ignored) {
                // something arrived meanwhile: it stays
            }
        }
    }
}
