package org.branchledger.branch;

import org.branchledger.core.branch.Branch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Selection;

/**
 * 新建支部, 修改支部信息 and 删除支部 from anywhere in the window (the branch menu of the top bar, 设置 →
 * 支部信息): opens the dialogs and afterwards puts the window's branch list and selection right, so every
 * page (and every notice printed next) sees the new details.
 */
public final class BranchActions {
    private final BranchService branches;
    private final BranchRemoval removal;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final Window owner;

    private final Clock clock;

    public BranchActions(BranchService branches, BranchRemoval removal, Selection selection, Tasks tasks,
                         Dialogs dialogs, Window owner, Clock clock) {
        this.clock = clock;
        this.branches = branches;
        this.removal = removal;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** 新建支部…: the new branch becomes the selected one. */
    public void create() {
        BranchFormModel model = new BranchFormModel(null, names(null), LocalDate.now(clock));
        BranchFormDialog.open(owner, pixels(), model, branches, tasks, dialogs, created -> {
            List<Branch> all = new java.util.ArrayList<>(selection.branches());
            all.add(created);
            all.sort(Comparator.comparing(Branch::name));
            selection.branches().setAll(all);
            selection.branch().set(created);
        });
    }

    /** 修改支部信息… of the selected branch. */
    public void edit() {
        Branch branch = selection.branch().get();
        if (branch == null) {
            create();
            return;
        }
        BranchFormModel model = new BranchFormModel(branch, names(branch), LocalDate.now(clock));
        BranchFormDialog.open(owner, pixels(), model, branches, tasks, dialogs, this::replace);
    }

    /** 删除此支部… (typing its name again), or the demo in one step; a backup is made first either way. */
    public void delete(int currentMembers) {
        Branch branch = selection.branch().get();
        if (branch == null) {
            return;
        }
        BranchDeleteDialog.open(owner, pixels(), branch, currentMembers, removal, tasks, dialogs, removed -> {
            List<Branch> rest = selection.branches().stream().filter(b -> !b.id().equals(removed.branch().id()))
                    .toList();
            selection.branches().setAll(rest);
            selection.branch().set(rest.isEmpty() ? null : rest.get(0));
            // once the deleting dialog is off the screen
            javafx.application.Platform.runLater(() -> dialogs.showInfo(Messages.get("branch.remove.title"),
                    Messages.get("branch.info.removed", removed.branch().name(), removed.backup().toAbsolutePath())));
        });
    }

    /** The stored details in place of the old ones, in the list and as the selection. */
    private void replace(Branch saved) {
        List<Branch> all = new java.util.ArrayList<>(selection.branches().stream()
                .map(b -> b.id().equals(saved.id()) ? saved : b).toList());
        all.sort(Comparator.comparing(Branch::name));
        selection.branches().setAll(all);
        selection.branch().set(saved);
        selection.dataChanged();
    }

    private List<String> names(Branch except) {
        return selection.branches().stream().filter(b -> except == null || !b.id().equals(except.id()))
                .map(Branch::name).toList();
    }

    private double pixels() {
        return selection.fontSize().get().pixels();
    }
}
