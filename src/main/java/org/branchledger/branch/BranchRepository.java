package org.branchledger.branch;

import static org.branchledger.jooq.Tables.BRANCH;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchledger.jooq.tables.records.BranchRecord;
import org.jooq.DSLContext;

/** Branches in the database. */
public final class BranchRepository {

    /**
     * Every branch, by name. Plain JDBC: the window's first query, asked before jOOQ's machinery has
     * loaded (see {@code Database.read}).
     */
    public List<Branch> all(Connection c) throws SQLException {
        List<Branch> all = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, kind, higher_org, secretary, founded_on, phone FROM branch ORDER BY name");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                all.add(new Branch(r.getLong(1), r.getString(2), BranchKind.ofLabel(r.getString(3)), r.getString(4),
                        r.getString(5), r.getObject(6, LocalDate.class), r.getString(7)));
            }
        }
        return all;
    }

    public Optional<Branch> byName(DSLContext db, String name) {
        return db.selectFrom(BRANCH).where(BRANCH.NAME.eq(name)).fetchOptional(BranchRepository::toBranch);
    }

    public Branch insert(DSLContext db, Branch b) {
        BranchRecord r = db.newRecord(BRANCH);
        r.setName(b.name());
        r.setKind(b.kind().label());
        r.setHigherOrg(b.higherOrg());
        r.setSecretary(b.secretary());
        r.setFoundedOn(b.foundedOn());
        r.setPhone(b.phone());
        r.store();
        return toBranch(r);
    }

    public void setSecretary(DSLContext db, long branchId, String secretary) {
        db.update(BRANCH).set(BRANCH.SECRETARY, secretary).where(BRANCH.ID.eq(branchId)).execute();
    }

    private static Branch toBranch(BranchRecord r) {
        return new Branch(r.getId(), r.getName(), BranchKind.ofLabel(r.getKind()), r.getHigherOrg(),
                r.getSecretary(), r.getFoundedOn(), r.getPhone());
    }
}
