package org.branchledger.branch;

import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.branch.Branch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.i18n.Messages;

/** Creating branches and finding the one a user means. */
public final class BranchService {
    private final Database db;
    private final BranchRepository branches;
    private final Clock clock;

    public BranchService(Database db, BranchRepository branches, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.branches = branches;
    }

    public List<Branch> all() {
        return db.read(branches::all);
    }

    /** Every branch with its number of current members, by name: the list of {@code branch list}. */
    public List<BranchSummary> overview() {
        return db.transaction(tx -> {
            Map<Long, Integer> counts = branches.currentMemberCounts(tx);
            return branches.all(tx).stream().map(b -> new BranchSummary(b, counts.getOrDefault(b.id(), 0))).toList();
        });
    }

    /**
     * Stores a new branch after checking its details.
     *
     * @throws UserError (exit 2) naming each field that is wrong, e.g. a name another branch has
     */
    public Branch create(Branch branch) {
        Branch wanted = tidy(branch);
        return db.transaction(tx -> {
            check(wanted, branches.names(tx));
            return branches.insert(tx, wanted.withId(null));
        });
    }

    /**
     * Stores changed details of an existing branch (its id says which); whether it is the demo stays as it
     * was. Every change lands in the audit trail through the table's trigger.
     */
    public Branch update(Branch branch) {
        return update(null, branch);
    }

    /**
     * Like {@link #update(Branch)}, for a form that loaded {@code loaded} (null: no form, the stored details
     * are the base): when someone else changed the branch since, nothing is stored.
     *
     * @throws RecordChangedException naming what the other person changed (decision 0025)
     */
    public Branch update(Branch loaded, Branch branch) {
        Branch wanted = tidy(branch);
        return db.transaction(tx -> {
            Optional<Branch> found = branches.byId(tx, wanted.id());
            if (found.isEmpty() && loaded != null) {
                throw new RecordChangedException(List.of(), null);
            }
            Branch stored = found.orElseThrow(() ->
                    UserError.badInput(Messages.get("branch.error.unknown", wanted.name())));
            ReceivedData.refuseChanges(tx, stored.id());
            Branch base = loaded == null ? stored : loaded;
            check(wanted, branches.names(tx).stream().filter(n -> !n.equals(base.name())).toList());
            return branches.update(tx, base, new Branch(stored.id(), wanted.name(), wanted.kind(), wanted.higherOrg(),
                    wanted.secretary(), wanted.foundedOn(), wanted.phone(), wanted.noticeDays(), base.demo()));
        });
    }

    private void check(Branch wanted, List<String> otherNames) {
        String problems = BranchRules.problems(wanted, otherNames, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            // one field wrong: its message alone, as before; several: each on a line, named
            long lines = problems.lines().count();
            throw UserError.badInput(lines == 1 ? problems.substring(problems.indexOf('：') + 1) : problems);
        }
    }

    /** Text fields stripped, blanks as null; no kind given: the one the name suggests. */
    private static Branch tidy(Branch b) {
        String name = b.name() == null ? "" : b.name().strip();
        BranchKind kind = b.kind() != null ? b.kind() : BranchKind.guess(name);
        return new Branch(b.id(), name, kind, BranchRules.orNull(b.higherOrg()), BranchRules.orNull(b.secretary()),
                b.foundedOn(), BranchRules.orNull(b.phone()), b.noticeDays(), b.demo());
    }

    /**
     * The branch a command means: the named one, or the only one when no name is given.
     *
     * @throws UserError (exit 2) when the name matches nothing, or no name is given and there is not
     *                   exactly one branch
     */
    public Branch resolve(String name) {
        return resolveIfAny(name).orElseThrow(() -> UserError.badInput(Messages.get("branch.error.none")));
    }

    /** Like {@link #resolve}, but empty (not an error) when the database holds no branch at all. */
    public Optional<Branch> resolveIfAny(String name) {
        List<Branch> all = all();
        if (name != null) {
            return Optional.of(all.stream().filter(b -> b.name().equals(name.strip())).findFirst()
                    .orElseThrow(() -> UserError.badInput(Messages.get("branch.error.unknown", name))));
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (all.size() > 1) {
            throw UserError.badInput(Messages.get("branch.error.ambiguous",
                    all.stream().map(Branch::name).collect(Collectors.joining("、"))));
        }
        return Optional.of(all.get(0));
    }
}
