package org.branchledger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the crash trials and the tests start a short-lived JVM of their own on this class path (a command, a
 * trial's child that is killed). Only the client compiler and the serial collector: such a JVM lives a few
 * seconds, and with them it needs about a third less CPU to start and do its work (issue 19); what it runs,
 * and so what a kill can cut off, is the same.
 */
public final class ChildJvm {
    /** The compiler and collector of a JVM that lives a few seconds. */
    public static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The options of every such JVM. */
    public static final List<String> OPTIONS = List.of("-Xmx512m", SHORT_LIVED.get(0), SHORT_LIVED.get(1));

    private ChildJvm() {
    }

    /** {@code java OPTIONS -cp (this class path) MAIN ARGS}. */
    public static List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
