package org.branchledger.branch;

import java.time.LocalDate;

/** 党支部: a grassroots Party branch; every record belongs to exactly one. */
public record Branch(Long id, String name, BranchKind kind, String higherOrg, String secretary,
                     LocalDate foundedOn, String phone) {

    public static Branch named(String name, BranchKind kind) {
        return new Branch(null, name, kind, null, null, null, null);
    }

    @Override
    public String toString() {
        return name;
    }
}
