package org.branchledger.home;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.branchledger.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.RosterCounts;
import org.branchledger.roster.RosterService;
import org.branchledger.shell.Selection;

/** 首页: the selected branch at a glance. Later issues add the year's dashboard here. */
public final class HomeController {
    private final RosterService roster;
    private final Selection selection;
    private final Tasks tasks;

    @FXML private Label branchName;
    @FXML private Label details;
    @FXML private Label memberCount;
    @FXML private Label summary;
    @FXML private Node countCard;

    public HomeController(RosterService roster, Selection selection, Tasks tasks) {
        this.roster = roster;
        this.selection = selection;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        selection.branch().addListener((obs, old, branch) -> refresh(branch));
        selection.revision().addListener((obs, old, now) -> refresh(selection.branch().get()));
        refresh(selection.branch().get());
    }

    private void refresh(Branch branch) {
        if (branch == null) {
            branchName.setText(Messages.get("home.empty"));
            details.setText("");
            memberCount.setText("");
            summary.setText("");
            countCard.setVisible(false);
            return;
        }
        countCard.setVisible(true);
        branchName.setText(Messages.get("home.branch", branch.name()));
        details.setText(Messages.get("home.details", dash(branch.higherOrg()), dash(branch.secretary()),
                dash(branch.phone())));
        tasks.run(() -> roster.counts(branch.id())).onSuccess(this::showCounts).start();
    }

    private void showCounts(RosterCounts c) {
        memberCount.setText(String.valueOf(c.current()));
        summary.setText(Messages.get("home.summary", c.current(), c.full(), c.probationary(), c.floating(),
                c.lostContact()));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
