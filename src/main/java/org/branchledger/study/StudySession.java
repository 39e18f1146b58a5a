package org.branchledger.study;

import java.time.LocalDate;

/** 学习活动: a centralised session (集中学习, 党课, the 三会一课 meetings …) on one date. */
public record StudySession(Long id, long branchId, LocalDate heldOn, SessionKind kind, String topic, int hoursTenths,
                           String place, String speaker) {
}
