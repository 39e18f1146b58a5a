package org.branchledger.branch;

import static org.branchledger.jooq.Tables.BRANCH;

import java.util.List;
import java.util.Optional;
import org.branchledger.jooq.tables.records.BranchRecord;
import org.jooq.DSLContext;

/** Branches in the database. */
public final class BranchRepository {

    public List<Branch> all(DSLContext db) {
        return db.selectFrom(BRANCH).orderBy(BRANCH.NAME).fetch(BranchRepository::toBranch);
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
