package org.branchledger.core.branch;

import java.time.LocalDate;

/**
 * 党支部: a grassroots Party branch; every record belongs to exactly one.
 *
 * @param noticeDays the usual length of its 公示期 (public notice period), in days
 * @param demo       the demo (示例) branch with invented people, for trying the program out
 */
public record Branch(Long id, String name, BranchKind kind, String higherOrg, String secretary,
                     LocalDate foundedOn, String phone, int noticeDays, boolean demo) {
    /** The 公示期 a new branch starts with: five days, as most local rules ask. */
    public static final int DEFAULT_NOTICE_DAYS = 5;

    /** A real branch with the usual 公示期. */
    public Branch(Long id, String name, BranchKind kind, String higherOrg, String secretary, LocalDate foundedOn,
                  String phone) {
        this(id, name, kind, higherOrg, secretary, foundedOn, phone, DEFAULT_NOTICE_DAYS, false);
    }

    public static Branch named(String name, BranchKind kind) {
        return new Branch(null, name, kind, null, null, null, null);
    }

    /** The same branch under another id (as stored). */
    public Branch withId(Long newId) {
        return new Branch(newId, name, kind, higherOrg, secretary, foundedOn, phone, noticeDays, demo);
    }

    /** The same branch marked as the demo one. */
    public Branch asDemo() {
        return new Branch(id, name, kind, higherOrg, secretary, foundedOn, phone, noticeDays, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
