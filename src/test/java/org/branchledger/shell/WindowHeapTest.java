package org.branchledger.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The window's heap flags: set in the running VM, readable back (HotSpot, as the tests run on). */
class WindowHeapTest {

    @Test
    void theRunningVmKeepsAtMostThirtyPercentFreeAndCollectsWhenIdle() {
        assertEquals(3, WindowHeap.keepSmall(), "all three are manageable flags of HotSpot 17");
        assertEquals(WindowHeap.MIN_FREE, WindowHeap.flag("MinHeapFreeRatio"));
        assertEquals(WindowHeap.MAX_FREE, WindowHeap.flag("MaxHeapFreeRatio"));
        assertEquals(WindowHeap.IDLE_COLLECTION_MS, WindowHeap.flag("G1PeriodicGCInterval"));
    }
}
