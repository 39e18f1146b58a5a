package org.branchledger.importing;

import java.util.Iterator;

/**
 * An iterator over a file that must be closed. {@code hasNext()} and {@code next()} report a file that
 * turns out unreadable part-way through as {@link ImportFileError} (unchecked), never as any other
 * exception.
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
    @Override
    void close();
}
