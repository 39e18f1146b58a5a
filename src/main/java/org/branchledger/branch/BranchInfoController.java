package org.branchledger.branch;

import org.branchledger.core.branch.Branch;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Selection;

/** 设置 → 支部信息: the selected branch's details, and 修改 / 新建 / 删除. */
public final class BranchInfoController {
    private final BranchService branches;
    private final Runnable exportPackage;
    private final BranchActions actions;
    private final Selection selection;
    private final Tasks tasks;
    private int currentMembers;

    @FXML private Label name;
    @FXML private Pane badgeBox;
    @FXML private Label demoNote;
    @FXML private Label kind;
    @FXML private Label higherOrg;
    @FXML private Label secretary;
    @FXML private Label founded;
    @FXML private Label phone;
    @FXML private Label noticeDays;
    @FXML private Label members;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button deleteDemoButton;

    public BranchInfoController(BranchService branches, BranchActions actions, Selection selection, Tasks tasks) {
        this(branches, actions, selection, tasks, () -> { });
    }

    /** @param exportPackage 上报数据包…: the selected branch's package for the township (the township's flow) */
    public BranchInfoController(BranchService branches, BranchActions actions, Selection selection, Tasks tasks,
                                Runnable exportPackage) {
        this.exportPackage = exportPackage;
        this.branches = branches;
        this.actions = actions;
        this.selection = selection;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        badgeBox.getChildren().setAll(BranchCell.badge());
        selection.onChange(this::refresh);
        refresh();
    }

    private void refresh() {
        Branch b = selection.branch().get();
        boolean shown = b != null;
        editButton.setDisable(!shown);
        deleteButton.setDisable(!shown);
        boolean demo = shown && b.demo();
        for (javafx.scene.Node n : new javafx.scene.Node[] {badgeBox, demoNote, deleteDemoButton}) {
            n.setVisible(demo);
            n.setManaged(demo);
        }
        deleteButton.setVisible(!demo); // the demo goes in one step, with its own button
        deleteButton.setManaged(!demo);
        if (!shown) {
            name.setText(Messages.get("branch.info.none"));
            for (Label l : new Label[] {kind, higherOrg, secretary, founded, phone, noticeDays, members}) {
                l.setText("");
            }
            return;
        }
        name.setText(b.name());
        kind.setText(b.kind().label());
        higherOrg.setText(orEmpty(b.higherOrg()));
        secretary.setText(orEmpty(b.secretary()));
        founded.setText(b.foundedOn() == null ? Messages.get("branch.info.empty") : b.foundedOn().toString());
        phone.setText(orEmpty(b.phone()));
        noticeDays.setText(Messages.get("branch.info.noticeDaysValue", b.noticeDays()));
        members.setText("");
        tasks.run(() -> branches.overview().stream().filter(s -> s.branch().id().equals(b.id()))
                .mapToInt(BranchSummary::currentMembers).findFirst().orElse(0)).onSuccess(n -> {
                    currentMembers = n;
                    members.setText(Messages.get("branch.info.membersValue", n));
                }).start();
    }

    @FXML
    private void exportPackage() {
        exportPackage.run();
    }

    @FXML
    private void editBranch() {
        actions.edit();
    }

    @FXML
    private void newBranch() {
        actions.create();
    }

    @FXML
    private void deleteBranch() {
        actions.delete(currentMembers);
    }

    private static String orEmpty(String s) {
        return s == null || s.isBlank() ? Messages.get("branch.info.empty") : s;
    }
}
