package org.branchledger.study;

import java.time.LocalDate;

/** 自学: hours a member studied alone; they count toward the total, never toward the centralised share. */
public record SelfStudy(Long id, long memberId, LocalDate studiedOn, String material, int hoursTenths) {
}
