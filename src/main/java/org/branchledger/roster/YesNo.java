package org.branchledger.roster;

import java.util.Set;

/** The ways people write yes and no in a spreadsheet cell. */
final class YesNo {
    private static final Set<String> YES = Set.of("是", "有", "Y", "YES", "TRUE", "√", "✓", "1");
    private static final Set<String> NO = Set.of("否", "无", "没有", "N", "NO", "FALSE", "×", "0", "-", "/");

    private YesNo() {
    }

    static boolean isYes(String text) {
        return YES.contains(text.strip().toUpperCase());
    }

    static boolean isNo(String text) {
        return NO.contains(text.strip().toUpperCase());
    }
}
