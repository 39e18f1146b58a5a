package org.branchledger.shell;

import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the window's heap near what it holds. {@code java -jar} takes no JVM options, and on a PC with
 * a few GB of memory the JVM lets the heap grow to a quarter of it and gives nothing back: the window
 * on the 1,000-member demo held 100-170 MB and kept 500-600 MB of heap (docs/BENCHMARKS.md, issue 18).
 * The flags set here are the few HotSpot lets a running program change ("manageable"): the heap may
 * keep at most 30 % free after a collection, and G1 (what {@code java -jar} gets on two cores) starts
 * a concurrent collection after 10 s without one, which hands the free part back to the system with
 * no pause. Set through the platform MBean server by name, so a runtime without
 * {@code jdk.management} (or another VM) only skips it. The installed launcher sets the same flags on
 * its command line ({@code installer/image.args}).
 */
final class WindowHeap {
    static final String MIN_FREE = "10";
    static final String MAX_FREE = "30";
    /** Milliseconds without a collection before G1 starts one on its own to give memory back. */
    static final String IDLE_COLLECTION_MS = "10000";

    private WindowHeap() {
    }

    /** Sets the flags; returns how many were set (0 where the VM does not offer them). */
    static int keepSmall() {
        int set = 0;
        // MinHeapFreeRatio first: HotSpot refuses a MaxHeapFreeRatio below the current minimum.
        set += setFlag("MinHeapFreeRatio", MIN_FREE);
        set += setFlag("MaxHeapFreeRatio", MAX_FREE);
        set += setFlag("G1PeriodicGCInterval", IDLE_COLLECTION_MS);
        return set;
    }

    /** A flag's current value, or null where the VM does not offer it. */
    static String flag(String name) {
        try {
            Object option = server().invoke(diagnostic(), "getVMOption", new Object[]{name},
                    new String[]{String.class.getName()});
            return ((javax.management.openmbean.CompositeData) option).get("value").toString();
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    private static int setFlag(String name, String value) {
        try {
            server().invoke(diagnostic(), "setVMOption", new Object[]{name, value},
                    new String[]{String.class.getName(), String.class.getName()});
            return 1;
        } catch (Exception | LinkageError e) {
            return 0; // not this VM's flag (G1's, under the serial collector), or no diagnostic bean
        }
    }

    private static MBeanServer server() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    private static ObjectName diagnostic() throws javax.management.MalformedObjectNameException {
        return new ObjectName("com.sun.management:type=HotSpotDiagnostic");
    }
}
