package org.branchledger.ledger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rule for 公示 ledgers, posted where anyone can read them: no ID numbers (full or masked), no
 * phone numbers, no addresses. Checked on every public ledger before it is printed, whichever feature
 * built it; a breach is a programming error and prints nothing.
 */
final class PublicNotice {
    private static final Pattern ID = Pattern.compile("\\d{6}[\\d*]{8}\\d{3}[\\dXx*]|\\d{15}");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)1\\d{2}[\\d*]{4}\\d{4}(?!\\d)|\\d{3,4}-\\d{7,8}");
    private static final List<String> FORBIDDEN_COLUMNS = List.of("公民身份号码", "身份证", "电话", "手机", "住址", "地址");

    private PublicNotice() {
    }

    /** @param branchPhone the branch's own 监督电话, which a notice is meant to show */
    static void check(String kind, LedgerDocument doc, String branchPhone) {
        for (Section s : doc.sections()) {
            if (s instanceof TableSection t) {
                for (Column c : t.columns()) {
                    if (FORBIDDEN_COLUMNS.stream().anyMatch(c.title()::contains)) {
                        throw new IllegalStateException(kind + ": public notice with column " + c.title());
                    }
                }
                for (List<String> row : t.rows()) {
                    row.forEach(cell -> checkText(kind, without(cell, branchPhone)));
                }
            } else if (s instanceof TextSection x) {
                x.lines().forEach(line -> checkText(kind, without(line, branchPhone)));
            }
        }
    }

    private static String without(String text, String allowed) {
        return text == null || allowed == null || allowed.isBlank() ? text : text.replace(allowed, "");
    }

    private static void checkText(String kind, String text) {
        if (text != null && (ID.matcher(text).find() || PHONE.matcher(text).find())) {
            throw new IllegalStateException(kind + ": public notice would print personal data");
        }
    }
}
