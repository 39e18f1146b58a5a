package org.branchledger.roster;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the roster table shows: a search text and the column filters. A null filter value means any.
 * Pure, so the screen's filtering is tested without a window.
 *
 * @param query       matched as a case-insensitive substring of 姓名, 公民身份号码, 手机号 / 固定电话 and 家庭住址
 * @param type        党员类型
 * @param category    人员类别
 * @param partyStatus 党籍状态 (正常 / 停止党籍)
 * @param standing    在册状态: current members, those who left (转出 / 去世), or both
 */
public record RosterFilter(String query, MemberType type, String category, String partyStatus, Standing standing)
        implements Predicate<Member> {

    /** 在册状态. */
    public enum Standing {
        CURRENT("roster.standing.current"), LEFT("roster.standing.left"), ALL("roster.standing.all");

        private final String messageKey;

        Standing(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** What the screen shows first: every current member. */
    public static final RosterFilter CURRENT = new RosterFilter("", null, null, null, Standing.CURRENT);

    @Override
    public boolean test(Member m) {
        return switch (standing == null ? Standing.ALL : standing) {
            case CURRENT -> m.current();
            case LEFT -> !m.current();
            case ALL -> true;
        } && (type == null || type == m.type())
                && (category == null || category.equals(m.category()))
                && (partyStatus == null || partyStatus.equals(m.partyStatus()))
                && matches(m, query);
    }

    /** Whether any searchable field contains {@code query}, ignoring case and spaces around it. */
    static boolean matches(Member m, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        return Stream.of(m.name(), m.idNumber(), m.mobile(), m.landline(), m.address())
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(q));
    }
}
