package org.branchledger.core.db;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the data folder to its owner: folders rwx------ (0700), files rw------- (0600), where the file
 * system has POSIX permissions. Elsewhere (Windows, FAT, network shares without them) nothing is done
 * and nothing fails: the folder then has what the system gives a user's own files. Java cannot set the
 * process umask, so each file the program writes into the folder is set here after it is written, and the
 * whole folder is set once at every open. Symbolic links are not followed; a file this user cannot
 * change (another owner's) is left as it is.
 */
public final class Permissions {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private Permissions() {
    }

    /** Sets one file to 0600 or one folder to 0700; a no-op where there are no POSIX permissions. */
    public static void protect(Path p) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        try {
            var attrs = view.readAttributes();
            if (attrs.isSymbolicLink()) {
                return;
            }
            Set<PosixFilePermission> wanted = attrs.isDirectory() ? FOLDER : FILE;
            if (!attrs.permissions().equals(wanted)) {
                view.setPermissions(wanted);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a file system without them after all, a file gone meanwhile, or another owner's file
        }
    }

    /** {@link #protect} for a folder and everything below it (for the data folder at open, after a restore). */
    public static void protectTree(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
                || Files.getFileAttributeView(root, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) == null) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    protect(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        protect(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone meanwhile, or not readable: the rest still gets done
                }
            });
        } catch (IOException e) {
            // walkFileTree reports failures to the visitor; nothing is left to do here
        }
    }
}
