package org.branchledger.shell;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Selection;

/**
 * The branch selector of the frame: the branches, and above them 全部支部 when there is more than one branch or a
 * received one. Choosing 全部支部 sets {@link Selection#allBranches()}; choosing a branch selects it. Also says
 * whether the selected branch is received data (read-only here) and why, in one line.
 */
final class BranchSelector {
    /** The 全部支部 entry: not a branch; never handed to a page. */
    static final Branch ALL = new Branch(-1L, Messages.get("township.all"), BranchKind.VILLAGE, null, null, null, null);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComboBox<Branch> box;
    private final Selection selection;
    private Map<Long, LocalDateTime> received = Map.of();
    private boolean updating;

    BranchSelector(ComboBox<Branch> box, Selection selection) {
        this.box = box;
        this.selection = selection;
        selection.branches().addListener((ListChangeListener<Branch>) change -> refill());
        box.valueProperty().addListener((obs, old, chosen) -> {
            if (updating || chosen == null) {
                return;
            }
            if (chosen == ALL) {
                selection.allBranches().set(true);
            } else {
                selection.allBranches().set(false);
                selection.branch().set(chosen);
            }
        });
        selection.branch().addListener((obs, old, b) -> showChoice());
        selection.allBranches().addListener((obs, old, all) -> showChoice());
    }

    /** Which branches are received data, and when their package was made (after loading or receiving). */
    void received(Map<Long, LocalDateTime> reportedAt) {
        this.received = Map.copyOf(reportedAt);
        refill();
    }

    /** Null when the selected branch may be changed here; else the one line saying why not. */
    String readOnlyReason() {
        Branch b = selection.branch().get();
        if (b == null || selection.allBranches().get() || !received.containsKey(b.id())) {
            return null;
        }
        return Messages.get("township.readOnly", b.name(), received.get(b.id()).format(WHEN));
    }

    private boolean offersAll() {
        return selection.branches().size() > 1 || !received.isEmpty();
    }

    private void refill() {
        List<Branch> items = new ArrayList<>();
        if (offersAll()) {
            items.add(ALL);
        }
        items.addAll(selection.branches());
        updating = true;
        try {
            box.getItems().setAll(items);
        } finally {
            updating = false;
        }
        if (!offersAll() && selection.allBranches().get()) {
            selection.allBranches().set(false);
        }
        showChoice();
    }

    private void showChoice() {
        updating = true;
        try {
            box.setValue(selection.allBranches().get() ? ALL : selection.branch().get());
        } finally {
            updating = false;
        }
    }
}
