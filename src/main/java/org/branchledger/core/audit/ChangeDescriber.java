package org.branchledger.core.audit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.branchledger.core.text.Json;

/**
 * Puts audit entries into words a secretary reads: "2026-11-20 14:03 修改党员“张三”：手机号、工作岗位".
 * Each feature registers its tables: what a row is called, which column names it, and column labels.
 */
public final class ChangeDescriber {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> NOT_A_CHANGE = List.of("updated_at", "created_at");

    private record TableWords(String thing, String nameColumn, Map<String, String> labels) {
    }

    /** A row whose adding is an act of its own (a print), told with its verb rather than as 新增 of a thing. */
    private record Act(String verb, java.util.function.Function<Map<String, String>, String> phrase) {
    }

    private final Map<String, TableWords> tables = new HashMap<>();
    private final Map<String, Act> acts = new HashMap<>();
    /** Per table, what the stored values of its naming column mean (ui.fontSize → 字号). */
    private final Map<String, Map<String, String>> nameWords = new HashMap<>();

    public ChangeDescriber register(String table, String thing, String nameColumn, Map<String, String> labels) {
        tables.put(table, new TableWords(thing, nameColumn, labels));
        return this;
    }

    /**
     * Tells an added row of the table as an act: the verb for the 操作 column (打印) and the whole phrase from the
     * row's values ("打印了《党员花名册》（2026年度，校验码 QKQP-DEKN）"), instead of 新增打印记录“roster”.
     */
    public ChangeDescriber registerAct(String table, String verb,
                                       java.util.function.Function<Map<String, String>, String> phrase) {
        acts.put(table, new Act(verb, phrase));
        return this;
    }

    /** Names the table's rows by what their stored names mean, for names that are codes (ui.fontSize → 字号). */
    public ChangeDescriber registerNames(String table, Map<String, String> words) {
        nameWords.put(table, Map.copyOf(words));
        return this;
    }

    /** The action in a word: 新增, 删除, 修改, or an act's own verb (打印) for an added row of its table. */
    public String action(AuditEntry e) {
        Act act = acts.get(e.table());
        if (act != null && e.action().equals("INSERT")) {
            return act.verb();
        }
        return switch (e.action()) {
            case "INSERT" -> "新增";
            case "DELETE" -> "删除";
            default -> "修改";
        };
    }

    /** What a row of the table is called, e.g. 党员; the table's own name when unregistered. */
    public String thing(String table) {
        TableWords words = tables.get(table);
        return words != null ? words.thing() : table;
    }

    /** A row in words, e.g. 党员“张三”, from its column values. */
    public String describeRow(String table, Map<String, String> row) {
        TableWords words = tables.getOrDefault(table, new TableWords(table, "name", Map.of()));
        String name = row.get(words.nameColumn());
        return words.thing() + (name == null ? "" : "“" + name + "”");
    }

    /** The registered tables and what their rows are called, for filters. */
    public Map<String, String> things() {
        Map<String, String> out = new java.util.TreeMap<>();
        tables.forEach((t, w) -> out.put(t, w.thing()));
        return out;
    }

    /**
     * The entry in words without its time, for tables that show the time in a column of its own; the
     * member's name put first for rows that belong to a member (an appraisal record, an attendance):
     * "民主评议记录“张三：合格”" rather than only the grade.
     *
     * @param memberNames names by member id (as text), for the entries' {@code member_id} columns
     */
    public String describeWhat(AuditEntry e, Map<String, String> memberNames) {
        String full = describe(e, memberNames);
        return full.substring(e.at().format(AT).length() + 1);
    }

    /** The member ids the entry's row refers to ({@code member_id} before or after), for {@link #describeWhat}. */
    public static java.util.Optional<String> memberId(AuditEntry e) {
        String id = Json.parseFlat(e.after()).get("member_id");
        return java.util.Optional.ofNullable(id != null ? id : Json.parseFlat(e.before()).get("member_id"));
    }

    /** Whether the entry concerns the branch: its own row, or a row carrying its branch_id. */
    public static boolean concernsBranch(AuditEntry e, long branchId) {
        if (e.table().equals("branch")) {
            return e.rowKey().equals(String.valueOf(branchId));
        }
        String id = String.valueOf(branchId);
        return id.equals(Json.parseFlat(e.before()).get("branch_id")) || id.equals(Json.parseFlat(e.after()).get("branch_id"));
    }

    public String describe(AuditEntry e) {
        return describe(e, Map.of());
    }

    private String describe(AuditEntry e, Map<String, String> memberNames) {
        TableWords words = tables.getOrDefault(e.table(), new TableWords(e.table(), "name", Map.of()));
        Map<String, String> before = Json.parseFlat(e.before());
        Map<String, String> after = Json.parseFlat(e.after());
        String name = after.getOrDefault(words.nameColumn(), before.get(words.nameColumn()));
        if (name != null) {
            name = nameWords.getOrDefault(e.table(), Map.of()).getOrDefault(name, name);
        }
        String memberId = after.getOrDefault("member_id", before.get("member_id"));
        String member = memberId == null ? null : memberNames.get(memberId);
        if (member != null) {
            name = name == null ? member : member + "：" + name;
        }
        String what = words.thing() + (name == null ? "" : "“" + name + "”");
        String when = e.at().format(AT) + " ";
        Act act = acts.get(e.table());
        if (act != null && e.action().equals("INSERT")) {
            return when + act.phrase().apply(after);
        }
        return switch (e.action()) {
            case "INSERT" -> when + "新增" + what;
            case "DELETE" -> when + "删除" + what;
            default -> {
                List<String> changed = new ArrayList<>();
                for (String column : after.keySet()) {
                    if (!NOT_A_CHANGE.contains(column) && !Objects.equals(before.get(column), after.get(column))) {
                        changed.add(words.labels().getOrDefault(column, column));
                    }
                }
                yield when + "修改" + what + (changed.isEmpty() ? "" : "：" + String.join("、", changed));
            }
        };
    }
}
