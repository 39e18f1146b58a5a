package org.branchledger.study;

import java.time.LocalDate;

/** One member's 出勤 at one session; 补课 carries the make-up date and how. */
public record Attendance(Long id, long sessionId, long memberId, AttendanceStatus status, LocalDate makeupOn,
                         String makeupHow) {
}
