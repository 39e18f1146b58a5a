package org.branchledger.roster;

import java.util.List;
import org.branchledger.core.db.Database;

/** The roster of a branch: the members screens and commands show. */
public final class RosterService {
    private final Database db;
    private final MemberRepository members;

    public RosterService(Database db, MemberRepository members) {
        this.db = db;
        this.members = members;
    }

    /** Everyone ever on the branch's roster, including those who left (kept for history). */
    public List<Member> members(long branchId) {
        return members.ofBranch(db.dsl(), branchId);
    }

    public RosterCounts counts(long branchId) {
        return RosterCounts.of(members(branchId));
    }

    /** Adds members as one action: all of them, or none. */
    public void addAll(List<Member> newMembers) {
        db.transaction(tx -> {
            newMembers.forEach(m -> members.insert(tx, m));
            return null;
        });
    }
}
