package org.branchledger.branch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.i18n.Messages;

/** Creating branches and finding the one a user means. */
public final class BranchService {
    private final Database db;
    private final BranchRepository branches;

    public BranchService(Database db, BranchRepository branches) {
        this.db = db;
        this.branches = branches;
    }

    public List<Branch> all() {
        return db.read(branches::all);
    }

    public Branch create(Branch branch) {
        String name = branch.name() == null ? "" : branch.name().strip();
        if (name.isEmpty()) {
            throw UserError.badInput(Messages.get("branch.error.nameRequired"));
        }
        return db.transaction(tx -> {
            if (branches.byName(tx, name).isPresent()) {
                throw UserError.badInput(Messages.get("branch.error.exists", name));
            }
            return branches.insert(tx, new Branch(null, name, branch.kind(), branch.higherOrg(),
                    branch.secretary(), branch.foundedOn(), branch.phone()));
        });
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
