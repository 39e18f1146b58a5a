package org.branchledger.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock standing at noon of a day the test chooses, and moves with {@link #set}: "today" by hand. */
public final class DayClock extends Clock {
    private final ZoneId zone = ZoneId.systemDefault();
    private volatile LocalDate day;

    public DayClock(LocalDate day) {
        this.day = day;
    }

    /** A clock on {@code day}. */
    public static DayClock on(LocalDate day) {
        return new DayClock(day);
    }

    /** Today is {@code newDay} from now on. */
    public void set(LocalDate newDay) {
        this.day = newDay;
    }

    public LocalDate day() {
        return day;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("a test's day clock stays in the system's zone");
    }

    @Override
    public Instant instant() {
        return day.atTime(12, 0).atZone(zone).toInstant();
    }
}
