package org.branchledger.core;

/** Progress of long work, reported from the worker thread; also how the user's cancel reaches it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} below 0 means unknown. */
    void update(long done, long total);

    boolean cancelled();
}
