package org.branchledger.core;

/**
 * For tuning the start-up: with {@code -Dbranchledger.trace=true}, prints to stderr the milliseconds since
 * the JVM started at named points (what runs on which thread, and when). Silent otherwise.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("branchledger.trace");

    private StartupTrace() {
    }

    public static void mark(String what) {
        if (ON) {
            long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("TRACE " + (System.currentTimeMillis() - start) + " ms " + what
                    + " [" + Thread.currentThread().getName() + "]");
        }
    }
}
