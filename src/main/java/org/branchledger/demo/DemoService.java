package org.branchledger.demo;

import java.time.LocalDate;
import java.util.List;
import org.branchledger.branch.Branch;
import org.branchledger.branch.BranchKind;
import org.branchledger.branch.BranchRepository;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;

/** Creates the demo branch: for trying the program out, and for benchmarks. */
public final class DemoService {
    private final Database db;
    private final BranchRepository branches;
    private final MemberRepository members;

    public DemoService(Database db, BranchRepository branches, MemberRepository members) {
        this.db = db;
        this.branches = branches;
        this.members = members;
    }

    /** Writes a demo branch of {@code memberCount} current members, in one transaction. */
    public DemoResult create(String name, int memberCount, int year) {
        LocalDate today = LocalDate.now().getYear() == year ? LocalDate.now() : LocalDate.of(year, 12, 31);
        return db.transaction(tx -> {
            if (branches.byName(tx, name).isPresent()) {
                throw UserError.badInput(Messages.get("branch.error.exists", name));
            }
            Branch branch = branches.insert(tx, new Branch(null, name, BranchKind.VILLAGE, "城关镇党委", null,
                    LocalDate.of(1956, 7, 1), "0571-8888 1234"));
            List<Member> roster = new DemoRoster(name.hashCode(), today).members(branch.id(), memberCount);
            roster.forEach(m -> members.insert(tx, m));
            String secretary = roster.get(0).name();
            branches.setSecretary(tx, branch.id(), secretary);
            return new DemoResult(new Branch(branch.id(), name, branch.kind(), branch.higherOrg(), secretary,
                    branch.foundedOn(), branch.phone()), memberCount);
        });
    }
}
