package org.branchledger.core.db;

import java.util.function.Consumer;

/**
 * The points between two writes of a journalled step ({@link FileJournal}): {@code begun}, {@code prepared},
 * {@code committed}, {@code aside:TARGET}, {@code in:TARGET}, {@code applied}, {@code finishing},
 * {@code back:TARGET}. What is on disk at such a point is what a kill there leaves; the tests copy the folder
 * there and the crash trial kills there.
 */
public final class StepWatch {
    private static volatile Consumer<String> watcher = point -> { };

    private StepWatch() {
    }

    /** Calls {@code w} at every point, with the point's name; null: nothing. */
    public static void watch(Consumer<String> w) {
        watcher = w == null ? point -> { } : w;
    }

    static void at(String point) {
        watcher.accept(point);
    }
}
