package org.branchledger.importing;

/**
 * The unchecked form of {@link ImportFileException}, thrown by {@link CloseableIterator#hasNext()} and
 * {@link CloseableIterator#next()} when a file turns out unreadable part-way through (a damaged
 * sheet, a disk error, an unclosed quote in a CSV). Catch it where the rows are read and report
 * {@link #exception()}: its message is the one to show.
 */
public class ImportFileError extends RuntimeException {
    public ImportFileError(ImportFileException cause) {
        super(cause.getMessage(), cause);
    }

    public ImportFileException exception() {
        return (ImportFileException) getCause();
    }
}
