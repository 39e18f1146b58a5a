package org.branchledger.township;

import static org.branchledger.jooq.Tables.ACTIVITY_RECORD;
import static org.branchledger.jooq.Tables.APPRAISAL_ROUND;
import static org.branchledger.jooq.Tables.BRANCH;
import static org.branchledger.jooq.Tables.LEADER_COMMENT;
import static org.branchledger.jooq.Tables.NOTE_ATTACHMENT;
import static org.branchledger.jooq.Tables.PLEDGE;
import static org.branchledger.jooq.Tables.PRINT_LOG;
import static org.branchledger.jooq.Tables.READING_NOTE;
import static org.branchledger.jooq.Tables.SELF_STUDY;
import static org.branchledger.jooq.Tables.SPOT_CHECK;
import static org.branchledger.jooq.Tables.STUDY_SESSION;
import static org.branchledger.jooq.Tables.STUDY_SETTINGS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchledger.jooq.DefaultSchema;
import org.branchledger.pledge.PledgeRepository;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A branch's rows as a package holds them: every table with a {@code branch_id} column (found in the schema,
 * so a table added later travels too), the branch's own row first and each table after the tables it refers
 * to. The print log stays behind: print records belong to whoever printed, and their audit marks name
 * entries of that computer's trail.
 */
public final class BranchRowsRepository {
    static final String BRANCH_TABLE = "branch";
    static final String PAGES_TABLE = "note_attachment";

    private static final List<Table<?>> TABLES = List.copyOf(order());

    /** The tables of a package, each after every table it refers to; the branch first. */
    static List<Table<?>> tables() {
        return TABLES;
    }

    private static List<Table<?>> order() {
        Set<Table<?>> owned = new LinkedHashSet<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (t.field("BRANCH_ID") != null && !t.equals(PRINT_LOG)) {
                owned.add(t);
            }
        }
        List<Table<?>> order = new ArrayList<>(List.of(BRANCH));
        for (Table<?> t : owned) {
            visit(t, owned, order, new HashSet<>());
        }
        return order;
    }

    private static void visit(Table<?> t, Set<Table<?>> owned, List<Table<?>> order, Set<Table<?>> visiting) {
        if (order.contains(t) || !visiting.add(t)) {
            return;
        }
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            Table<?> target = fk.getKey().getTable();
            if (owned.contains(target) && !target.equals(t)) {
                visit(target, owned, order, visiting);
            }
        }
        order.add(t);
    }

    static String nameOf(Table<?> t) {
        return t.getName().toLowerCase();
    }

    static Table<?> table(String name) {
        return tables().stream().filter(t -> nameOf(t).equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a package table: " + name));
    }

    /** The package's table names in writing order. */
    static List<String> tableNames() {
        return tables().stream().map(BranchRowsRepository::nameOf).toList();
    }

    /** The columns a package's table may carry, by name. */
    static Map<String, ColumnSpec> columns(String tableName) {
        Table<?> t = table(tableName);
        Map<String, String> references = references(t);
        Map<String, ColumnSpec> out = new LinkedHashMap<>();
        for (Field<?> f : t.fields()) {
            String name = f.getName().toLowerCase();
            boolean required = !f.getDataType().nullable() && !f.getDataType().defaulted() && !f.getDataType().identity();
            out.put(name, new ColumnSpec(name, f.getType(), required, references.get(name)));
        }
        return out;
    }

    /** Column → the table it points into, for the table's foreign keys. */
    static Map<String, String> references(Table<?> t) {
        Map<String, String> out = new HashMap<>();
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            for (Field<?> f : fk.getFields()) {
                out.put(f.getName().toLowerCase(), nameOf(fk.getKey().getTable()));
            }
        }
        return out;
    }

    /**
     * The branch's rows: the roster whole (its history included); with {@code year}, only that year's dated
     * records (sessions, self-study, settings, notes, spot checks, pledges by their year, comments, activities,
     * the appraisal round) and the rows that belong to them. Scanned pages' rows only {@code withPages}.
     */
    public List<PackageTable> read(DSLContext tx, long branchId, Integer year, boolean withPages) {
        Map<String, Set<String>> kept = new HashMap<>();
        List<PackageTable> out = new ArrayList<>();
        for (Table<?> t : tables()) {
            if (t.equals(NOTE_ATTACHMENT) && !withPages) {
                continue;
            }
            Condition where = t.equals(BRANCH) ? BRANCH.ID.eq(branchId) : owner(t).eq(branchId);
            if (year != null) {
                where = where.and(inYear(t, year));
            }
            Map<String, String> refs = references(t);
            refs.remove("branch_id");
            List<Map<String, String>> rows = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Record r : tx.selectFrom(t).where(where).orderBy(order(t)).fetch()) {
                Map<String, String> row = text(r);
                if (refersToLeftOut(row, refs, kept)) {
                    continue; // e.g. the attendance of a session of another year
                }
                rows.add(row);
                if (row.containsKey("id")) {
                    ids.add(row.get("id"));
                }
            }
            kept.put(nameOf(t), ids);
            out.add(new PackageTable(nameOf(t), rows));
        }
        return out;
    }

    private static boolean refersToLeftOut(Map<String, String> row, Map<String, String> refs,
                                           Map<String, Set<String>> kept) {
        for (Map.Entry<String, String> ref : refs.entrySet()) {
            String value = row.get(ref.getKey());
            Set<String> targets = kept.get(ref.getValue());
            if (value != null && (targets == null || !targets.contains(value))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> text(Record r) {
        Map<String, String> row = new LinkedHashMap<>();
        for (Field<?> f : r.fields()) {
            Object v = ColumnValue.toPackage(r.get(f));
            row.put(f.getName().toLowerCase(), v == null ? null : v.toString());
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    static Field<Long> owner(Table<?> t) {
        return (Field<Long>) t.field("BRANCH_ID");
    }

    private static List<SortField<?>> order(Table<?> t) {
        List<SortField<?>> order = new ArrayList<>();
        if (t.getPrimaryKey() != null) {
            t.getPrimaryKey().getFields().forEach(f -> order.add(f.asc()));
        }
        return order;
    }

    /** A dated record's year; tables without one of their own (the roster, and rows of a dated parent) all. */
    private static Condition inYear(Table<?> t, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (t.equals(STUDY_SESSION)) {
            return STUDY_SESSION.HELD_ON.between(from, to);
        } else if (t.equals(SELF_STUDY)) {
            return SELF_STUDY.STUDIED_ON.between(from, to);
        } else if (t.equals(STUDY_SETTINGS)) {
            return STUDY_SETTINGS.STUDY_YEAR.eq(year);
        } else if (t.equals(READING_NOTE)) {
            return READING_NOTE.WRITTEN_ON.between(from, to);
        } else if (t.equals(SPOT_CHECK)) {
            return SPOT_CHECK.CHECKED_ON.between(from, to);
        } else if (t.equals(PLEDGE)) {
            return PledgeRepository.inYear(year);
        } else if (t.equals(LEADER_COMMENT)) {
            return LEADER_COMMENT.COMMENTED_ON.between(from, to);
        } else if (t.equals(ACTIVITY_RECORD)) {
            return ACTIVITY_RECORD.DONE_ON.between(from, to);
        } else if (t.equals(APPRAISAL_ROUND)) {
            return APPRAISAL_ROUND.APPRAISAL_YEAR.eq(year);
        }
        return DSL.trueCondition();
    }
}
