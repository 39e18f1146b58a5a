package org.branchledger.core.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.branchledger.core.Progress;

/**
 * The one way screens run work off the FX thread: on the app's own pool of named daemon threads,
 * with results and errors handed back on the FX thread. Shut down when the window closes.
 */
public final class Tasks implements AutoCloseable {
    private static final AtomicInteger BESIDE = new AtomicInteger(); // numbers the threads of beside()
    private final ExecutorService executor;
    private final Dialogs dialogs;

    public Tasks(Dialogs dialogs) {
        this.dialogs = dialogs;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "branch-ledger-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(2, threads);
    }

    /**
     * Work done before a window's {@code Tasks} exist or outside any window (opening the data folder at start-up,
     * a rescue restore from the error screen, the start-up archive): on a daemon thread of its own, so closing
     * the program never waits for it. Its result arrives off the FX thread; hand it over with Platform.runLater.
     */
    public static <T> java.util.concurrent.CompletableFuture<T> beside(java.util.function.Supplier<T> work) {
        return java.util.concurrent.CompletableFuture.supplyAsync(work, r -> {
            Thread t = new Thread(r, "branch-ledger-beside-" + BESIDE.incrementAndGet());
            t.setDaemon(true);
            t.start();
        });
    }

    /** Work that reports progress through the {@link Progress} it is given. */
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    public <T> Builder<T> run(Callable<T> work) {
        return new Builder<>(progress -> work.call());
    }

    public <T> Builder<T> run(Work<T> work) {
        return new Builder<>(work);
    }

    /** A task being set up: what to do with its result and with its failure. */
    public final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onError = dialogs::showError;
        private Runnable onCancelled = () -> { };

        private Builder(Work<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        /** What to do when the user cancelled (the work saw {@code progress.cancelled()}). */
        public Builder<T> onCancelled(Runnable handler) {
            this.onCancelled = handler;
            return this;
        }

        /** Starts the work; bind a progress bar to the returned task's progress. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.run(new Progress() {
                        @Override
                        public void update(long done, long total) {
                            updateProgress(done, total);
                        }

                        @Override
                        public boolean cancelled() {
                            return isCancelled();
                        }
                    });
                }
            };
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnFailed(e -> {
                if (task.getException() instanceof java.util.concurrent.CancellationException) {
                    onCancelled.run();
                } else {
                    onError.accept(task.getException());
                }
            });
            task.setOnCancelled(e -> onCancelled.run());
            executor.execute(task);
            return task;
        }
    }

    /** Shows an unexpected failure the usual way (message, details kept in the log). */
    public void reportUnexpected(Throwable error) {
        dialogs.showError(error);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
