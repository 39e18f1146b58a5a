package org.branchledger.township;

import static org.branchledger.jooq.Tables.BRANCH;
import static org.branchledger.jooq.Tables.NOTE_ATTACHMENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Branches received from packages: found by their identity, and written whole from a checked package. The
 * package's row ids are its own computer's: every row gets a new id here and every reference is carried over.
 */
public final class ReceivedBranchRepository {
    /** Rows a multi-row insert carries at most (attendance runs to thousands a branch). */
    private static final int CHUNK = 500;

    public Optional<HeldBranch> byUuid(DSLContext tx, String uuid) {
        return tx.selectFrom(BRANCH).where(BRANCH.UUID.eq(uuid)).fetchOptional(ReceivedBranchRepository::held);
    }

    public Optional<HeldBranch> byName(DSLContext tx, String name) {
        return tx.selectFrom(BRANCH).where(BRANCH.NAME.eq(name)).fetchOptional(ReceivedBranchRepository::held);
    }

    public Optional<HeldBranch> byId(DSLContext tx, long id) {
        return tx.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchOptional(ReceivedBranchRepository::held);
    }

    /** When each received branch's package was made, by branch id (branches kept here are absent). */
    /**
     * The newest audit entry's number and hash: every change to any record writes one, here or (on a server) at
     * another PC, so an unchanged mark means unchanged data ("" for none).
     */
    public String auditMark(DSLContext tx) {
        // The number with the entry's hash: after a restore brings back an older trail, later changes reach the
        // same number again with other data; the hash covers every entry before it, so it does not repeat.
        var newest = tx.select(org.branchledger.jooq.Tables.AUDIT_LOG.ID, org.branchledger.jooq.Tables.AUDIT_LOG.HASH)
                .from(org.branchledger.jooq.Tables.AUDIT_LOG).orderBy(org.branchledger.jooq.Tables.AUDIT_LOG.ID.desc())
                .limit(1).fetchOne();
        return newest == null ? "" : newest.value1() + ":" + newest.value2();
    }

    public Map<Long, LocalDateTime> reportedAt(DSLContext tx) {
        Map<Long, LocalDateTime> out = new HashMap<>();
        tx.select(BRANCH.ID, BRANCH.REPORTED_AT).from(BRANCH).where(BRANCH.REPORTED_AT.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Whether any scanned page's record points into the folder {@code prefix} (e.g. attachments/received/ab12…/). */
    public boolean pagesUnder(DSLContext tx, String prefix) {
        return tx.fetchExists(NOTE_ATTACHMENT, NOTE_ATTACHMENT.STORED_PATH.startsWith(prefix));
    }

    private static HeldBranch held(org.branchledger.jooq.tables.records.BranchRecord r) {
        return new HeldBranch(r.getId(), r.getName(), r.getUuid().strip(), r.getReportedAt());
    }

    /**
     * Writes a checked package as the branch {@code held} (null: a new branch) inside the caller's
     * transaction: first every row the branch has here goes (its print records stay), then the package's rows,
     * table by table, under new ids. The branch keeps its id here, so nothing else that names it changes.
     *
     * @param pagePath   where a scanned page of the package is kept here, given where it was kept there
     * @param afterTable told each table's name once its rows are in (tests interrupt here)
     * @return the branch's id here
     */
    public long write(DSLContext tx, Long held, List<PackageTable> tables, LocalDateTime reportedAt,
                      UnaryOperator<String> pagePath, Consumer<String> afterTable) {
        List<Table<?>> order = BranchRowsRepository.tables();
        if (held != null) {
            for (int i = order.size() - 1; i >= 1; i--) {
                Table<?> t = order.get(i);
                tx.deleteFrom(t).where(BranchRowsRepository.owner(t).eq(held)).execute();
            }
        }
        Map<String, PackageTable> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<String, Map<String, Long>> ids = new HashMap<>();
        Map<String, String> own = byName.get(BranchRowsRepository.BRANCH_TABLE).rows().get(0);
        Map<Field<?>, Object> values = values(BRANCH, own, Map.of(), ids, pagePath);
        values.put(BRANCH.REPORTED_AT, reportedAt);
        long branchId;
        if (held != null) {
            tx.update(BRANCH).set(values).where(BRANCH.ID.eq(held)).execute();
            branchId = held;
        } else {
            branchId = tx.insertInto(BRANCH).set(values).returningResult(BRANCH.ID).fetchOne().value1();
        }
        ids.put(BranchRowsRepository.BRANCH_TABLE, Map.of(own.get("id"), branchId));
        afterTable.accept(BranchRowsRepository.BRANCH_TABLE);
        Set<String> referenced = referencedTables(order);
        for (Table<?> t : order.subList(1, order.size())) {
            PackageTable rows = byName.get(BranchRowsRepository.nameOf(t));
            if (rows == null) {
                continue;
            }
            if (referenced.contains(rows.name())) {
                ids.put(rows.name(), insertEach(tx, t, rows, ids, pagePath));
            } else {
                insertAll(tx, t, rows, ids, pagePath);
            }
            afterTable.accept(rows.name());
        }
        return branchId;
    }

    /** Tables other tables point into: their rows' new ids are needed. */
    private static Set<String> referencedTables(List<Table<?>> order) {
        Set<String> out = new HashSet<>();
        for (Table<?> t : order) {
            out.addAll(BranchRowsRepository.references(t).values());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> insertEach(DSLContext tx, Table<?> t, PackageTable rows,
                                                Map<String, Map<String, Long>> ids, UnaryOperator<String> pagePath) {
        Field<Long> id = (Field<Long>) t.field("ID");
        Map<String, String> refs = BranchRowsRepository.references(t);
        Map<String, Long> made = new HashMap<>();
        for (Map<String, String> row : rows.rows()) {
            Long newId = tx.insertInto(t).set(values(t, row, refs, ids, pagePath)).returningResult(id).fetchOne().value1();
            made.put(row.get("id"), newId);
        }
        return made;
    }

    private static <R extends Record> void insertAll(DSLContext tx, Table<R> t, PackageTable rows,
                                                    Map<String, Map<String, Long>> ids, UnaryOperator<String> pagePath) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> f : t.fields()) {
            String name = f.getName().toLowerCase();
            if (!name.equals("id") && rows.rows().stream().anyMatch(r -> r.containsKey(name))) {
                fields.add(f);
            }
        }
        Map<String, String> refs = BranchRowsRepository.references(t);
        for (int from = 0; from < rows.rows().size(); from += CHUNK) {
            InsertValuesStepN<R> insert = tx.insertInto(t, fields);
            for (Map<String, String> row : rows.rows().subList(from, Math.min(from + CHUNK, rows.rows().size()))) {
                Map<Field<?>, Object> v = values(t, row, refs, ids, pagePath);
                insert = insert.values(fields.stream().map(v::get).toList());
            }
            insert.execute();
        }
    }

    /** A row's values for this database: references to the package's ids become this database's. */
    private static Map<Field<?>, Object> values(Table<?> t, Map<String, String> row, Map<String, String> refs,
                                                Map<String, Map<String, Long>> ids, UnaryOperator<String> pagePath) {
        Map<Field<?>, Object> out = new LinkedHashMap<>();
        for (Field<?> f : t.fields()) {
            String name = f.getName().toLowerCase();
            if (name.equals("id") || !row.containsKey(name)) {
                continue;
            }
            String text = row.get(name);
            Object value;
            if (text != null && refs.containsKey(name)) {
                value = ids.getOrDefault(refs.get(name), Map.of()).get(text);
                if (value == null) {
                    throw new IllegalStateException(t.getName() + "." + name + " points at a row the package lacks: " + text);
                }
            } else {
                value = ColumnValue.fromPackage(f.getType(), text);
            }
            if (t.equals(NOTE_ATTACHMENT) && name.equals("stored_path") && value != null) {
                value = pagePath.apply((String) value);
            }
            out.put(f, value);
        }
        return out;
    }
}
