package org.branchledger.branch;

import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.branch.Branch;
import static org.branchledger.jooq.Tables.BRANCH;
import static org.branchledger.jooq.Tables.MEMBER;
import static org.branchledger.jooq.Tables.NOTE_ATTACHMENT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.branchledger.jooq.DefaultSchema;
import org.branchledger.jooq.tables.records.BranchRecord;
import org.branchledger.core.db.EditCheck;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Branches in the database. */
public final class BranchRepository {

    /**
     * Every branch, by name. Plain JDBC: the window's first query, asked before jOOQ's machinery has
     * loaded (see {@code Database.read}).
     */
    public List<Branch> all(Connection c) throws SQLException {
        List<Branch> all = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, kind, higher_org, secretary, founded_on, phone,"
                + " notice_days, demo FROM branch ORDER BY name");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                all.add(new Branch(r.getLong(1), r.getString(2), BranchKind.ofLabel(r.getString(3)), r.getString(4),
                        r.getString(5), r.getObject(6, LocalDate.class), r.getString(7), r.getInt(8), r.getBoolean(9)));
            }
        }
        return all;
    }

    public Optional<Branch> byName(DSLContext db, String name) {
        return db.selectFrom(BRANCH).where(BRANCH.NAME.eq(name)).fetchOptional(BranchRepository::toBranch);
    }

    /** Every branch, by name (inside a transaction). */
    public List<Branch> all(DSLContext db) {
        return db.selectFrom(BRANCH).orderBy(BRANCH.NAME).fetch(BranchRepository::toBranch);
    }

    /** Every branch's name, in name order. */
    public List<String> names(DSLContext db) {
        return db.select(BRANCH.NAME).from(BRANCH).orderBy(BRANCH.NAME).fetch(BRANCH.NAME);
    }

    public Optional<Branch> byId(DSLContext db, long id) {
        return db.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchOptional(BranchRepository::toBranch);
    }

    public Branch insert(DSLContext db, Branch b) {
        BranchRecord r = db.newRecord(BRANCH);
        fill(r, b);
        r.store();
        return toBranch(r);
    }

    /**
     * Stores what the user changed in a form that loaded {@code loaded}, only if nobody else changed the branch
     * since ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public Branch update(DSLContext db, Branch loaded, Branch edited) {
        BranchRecord was = db.newRecord(BRANCH);
        fill(was, loaded);
        BranchRecord now = db.newRecord(BRANCH);
        fill(now, edited);
        EditCheck.update(db, BRANCH.ID.eq(loaded.id()), was, now, Map.of(), BranchAuditLabels.COLUMNS,
                BranchRepository::toBranch);
        return byId(db, loaded.id()).orElseThrow();
    }

    /** For a branch received from a package (上报数据): its name and when that package was made; else empty. */
    public Optional<Map.Entry<String, java.time.LocalDateTime>> received(DSLContext db, long branchId) {
        return db.select(BRANCH.NAME, BRANCH.REPORTED_AT).from(BRANCH).where(BRANCH.ID.eq(branchId))
                .and(BRANCH.REPORTED_AT.isNotNull()).fetchOptional(r -> Map.entry(r.value1(), r.value2()));
    }

    public void setSecretary(DSLContext db, long branchId, String secretary) {
        db.update(BRANCH).set(BRANCH.SECRETARY, secretary).where(BRANCH.ID.eq(branchId)).execute();
    }

    /** Current members (not 转出 or 去世) per branch id. */
    public Map<Long, Integer> currentMemberCounts(DSLContext db) {
        Map<Long, Integer> counts = new HashMap<>();
        db.select(MEMBER.BRANCH_ID, DSL.count()).from(MEMBER).where(MEMBER.LEFT_REASON.isNull())
                .groupBy(MEMBER.BRANCH_ID).fetch().forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Where the branch's scanned pages lie, relative to the data folder. */
    public List<String> attachmentPaths(DSLContext db, long branchId) {
        return db.select(NOTE_ATTACHMENT.STORED_PATH).from(NOTE_ATTACHMENT)
                .where(NOTE_ATTACHMENT.BRANCH_ID.eq(branchId)).fetch(NOTE_ATTACHMENT.STORED_PATH);
    }

    /**
     * Deletes the branch and every record that belongs to it: each table with a {@code branch_id}, those
     * that point at others first (attendance before its session, every record before its member). The
     * table list comes from the schema, so a table added later is covered too. The audit trail keeps it all.
     *
     * @return how many rows were deleted in all, the branch's own included
     */
    public int delete(DSLContext db, long branchId) {
        int deleted = 0;
        for (Table<?> table : deletionOrder()) {
            @SuppressWarnings("unchecked")
            Field<Long> owner = (Field<Long>) table.field("BRANCH_ID");
            deleted += db.deleteFrom(table).where(owner.eq(branchId)).execute();
        }
        return deleted + db.deleteFrom(BRANCH).where(BRANCH.ID.eq(branchId)).execute();
    }

    /** The tables holding a branch's records, each before every table it refers to. */
    static List<Table<?>> deletionOrder() {
        Set<Table<?>> owned = new LinkedHashSet<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (t.field("BRANCH_ID") != null) {
                owned.add(t);
            }
        }
        List<Table<?>> order = new ArrayList<>();
        Set<Table<?>> visiting = new LinkedHashSet<>();
        for (Table<?> t : owned) {
            visit(t, owned, order, visiting);
        }
        java.util.Collections.reverse(order); // referrers first
        return order;
    }

    /** Depth first: a table lands in {@code order} after the tables it refers to. */
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

    private static void fill(BranchRecord r, Branch b) {
        r.setName(b.name());
        r.setKind(b.kind().label());
        r.setHigherOrg(b.higherOrg());
        r.setSecretary(b.secretary());
        r.setFoundedOn(b.foundedOn());
        r.setPhone(b.phone());
        r.setNoticeDays(b.noticeDays());
        r.setDemo(b.demo());
    }

    private static Branch toBranch(BranchRecord r) {
        return new Branch(r.getId(), r.getName(), BranchKind.ofLabel(r.getKind()), r.getHigherOrg(),
                r.getSecretary(), r.getFoundedOn(), r.getPhone(), r.getNoticeDays(), r.getDemo());
    }
}
