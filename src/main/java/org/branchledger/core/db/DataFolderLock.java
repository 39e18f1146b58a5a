package org.branchledger.core.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on the data folder, held for as long as a copy of the program uses it.
 * The OS releases it when the process dies, so a crash never leaves the folder locked.
 */
public final class DataFolderLock implements AutoCloseable {
    /** OS file locks belong to the whole process, so the process keeps one list of what it holds. */
    private static final Set<Path> HELD_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock acquire(DataFolder folder) throws IOException, DataFolderInUseException {
        Files.createDirectories(folder.path());
        Path file = folder.path().toRealPath().resolve(folder.lockFile().getFileName());
        // Checked before opening a second channel: on POSIX, closing any channel on the file would
        // drop the lock the first one holds (see FileLock's Javadoc).
        if (!HELD_IN_THIS_PROCESS.add(file)) {
            throw new DataFolderInUseException(folder.path());
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(folder.path());
            }
            return new DataFolderLock(file, channel, lock);
        } catch (IOException | DataFolderInUseException | RuntimeException e) {
            HELD_IN_THIS_PROCESS.remove(file);
            throw e;
        }
    }

    /**
     * No lock: for a database on a server, where several people work at once and the server keeps each change
     * whole (issue 21). Closing it does nothing.
     */
    public static DataFolderLock none() {
        return new DataFolderLock(null, null, null);
    }

    @Override
    public void close() throws IOException {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
            HELD_IN_THIS_PROCESS.remove(file);
        }
    }
}
