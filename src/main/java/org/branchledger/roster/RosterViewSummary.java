package org.branchledger.roster;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.core.i18n.Messages;

/**
 * The counts above the roster table, in words: the current members by 党员类型, 人员类别 and 党籍状态,
 * and the 流动 / 失联 members, who stay in every count. Members who left are counted apart.
 */
public record RosterViewSummary(String headline, String byType, String byCategory, String byStatus,
                                String special) {
    private static final List<String> STATUSES = List.of("正常", "停止党籍");

    public static RosterViewSummary of(List<Member> members) {
        RosterCounts c = RosterCounts.of(members);
        List<Member> current = members.stream().filter(Member::current).toList();
        Map<String, Long> types = new LinkedHashMap<>();
        for (MemberType t : MemberType.values()) {
            types.put(t.label(), current.stream().filter(m -> m.type() == t).count());
        }
        Map<String, Long> statuses = new LinkedHashMap<>();
        STATUSES.forEach(s -> statuses.put(s, 0L));
        statuses.putAll(tally(current, Member::partyStatus));
        Map<String, Long> categories = tally(current, Member::category).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return new RosterViewSummary(Messages.get("roster.count", c.current(), c.left()),
                Messages.get("roster.summary.type", items(types)),
                Messages.get("roster.summary.category", items(categories)),
                Messages.get("roster.summary.status", items(statuses)),
                Messages.get("roster.summary.special", c.floating(), c.lostContact()));
    }

    private static Map<String, Long> tally(List<Member> members, Function<Member, String> key) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Member m : members) {
            String k = key.apply(m);
            out.merge(k == null || k.isBlank() ? Messages.get("roster.summary.blank") : k, 1L, Long::sum);
        }
        return out;
    }

    private static String items(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "—";
        }
        return counts.entrySet().stream()
                .map(e -> Messages.get("roster.summary.item", e.getKey(), e.getValue()))
                .collect(Collectors.joining(Messages.get("roster.summary.separator")));
    }
}
