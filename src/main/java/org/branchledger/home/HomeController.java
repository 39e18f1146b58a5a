package org.branchledger.home;

import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.pledge.PledgeService;
import org.branchledger.roster.RosterCounts;
import org.branchledger.core.ui.Selection;
import org.branchledger.study.Hours;
import org.branchledger.study.MemberHours;

/** 首页: the selected branch and year at a glance: members, who is short of hours, missing meetings. */
public final class HomeController {
    private static final int LIST_LIMIT = 12;

    private final DashboardService dashboards;
    private final Selection selection;
    private final Tasks tasks;

    @FXML private Label branchName;
    @FXML private Label details;
    @FXML private Label demoBadge;
    @FXML private Label memberCount;
    @FXML private Label summary;
    @FXML private Node countCard;
    @FXML private Node studyCards;
    @FXML private Label shortTitle;
    @FXML private Label shortList;
    @FXML private Label gapsTitle;
    @FXML private Label gapsList;
    @FXML private Label pledgeTitle;
    @FXML private Label pledgeComment;
    @FXML private Label pledgeList;
    @FXML private Label chartTitle;
    @FXML private VBox chartBox;

    public HomeController(DashboardService dashboards, Selection selection, Tasks tasks) {
        this.dashboards = dashboards;
        this.selection = selection;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        selection.branch().addListener((obs, old, branch) -> refresh());
        selection.year().addListener((obs, old, year) -> refresh());
        selection.revision().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Branch branch = selection.branch().get();
        boolean shown = branch != null;
        countCard.setVisible(shown);
        studyCards.setVisible(shown);
        chartBox.getChildren().clear();
        boolean demo = shown && branch.demo();
        demoBadge.setVisible(demo);
        demoBadge.setManaged(demo);
        if (!shown) {
            branchName.setText(Messages.get("home.empty"));
            details.setText("");
            return;
        }
        branchName.setText(Messages.get("home.branch", branch.name()));
        details.setText(Messages.get("home.details", dash(branch.higherOrg()), dash(branch.secretary()),
                dash(branch.phone())));
        int year = selection.year().get();
        tasks.run(() -> dashboards.load(branch.id(), year)).onSuccess(d -> show(d, year)).start();
    }

    private void show(Dashboard d, int year) {
        RosterCounts c = d.counts();
        memberCount.setText(String.valueOf(c.current()));
        summary.setText(Messages.get("home.summary", c.current(), c.full(), c.probationary(), c.floating(),
                c.lostContact()));
        var shortOf = d.notCompliant();
        shortTitle.setText(Messages.get("home.short.title", String.valueOf(year), shortOf.size(), d.hours().size(),
                Hours.format(d.rule().requiredTenths())));
        shortList.setText(shortOf.isEmpty() ? Messages.get("home.short.none") : shortOf.stream().limit(LIST_LIMIT)
                .map(HomeController::line).collect(Collectors.joining("\n"))
                + (shortOf.size() > LIST_LIMIT ? "\n" + Messages.get("home.more", shortOf.size() - LIST_LIMIT) : ""));
        gapsTitle.setText(Messages.get("home.gaps.title", d.gaps().size()));
        gapsList.setText(d.gaps().isEmpty() ? Messages.get("home.gaps.none") : d.gaps().stream().limit(LIST_LIMIT)
                .map(Object::toString).collect(Collectors.joining("\n"))
                + (d.gaps().size() > LIST_LIMIT ? "\n" + Messages.get("home.more", d.gaps().size() - LIST_LIMIT) : ""));
        showPledges(d.pledges());
        chartTitle.setText(Messages.get("home.chart.title", String.valueOf(year)));
        chartBox.getChildren().setAll(new HoursChart(d.hours(), d.rule().requiredTenths()));
    }

    /** The pledges' two flags: no leader's comment in six months, and every overdue open pledge. */
    private void showPledges(PledgeService.Flags f) {
        pledgeComment.setText(f.lastComment() == null ? Messages.get("pledge.screen.flag.commentNever")
                : Messages.get(f.commentDue() ? "pledge.screen.flag.comment" : "pledge.screen.flag.commentOk",
                        f.lastComment().toString()));
        pledgeComment.getStyleClass().remove("home-flag");
        if (f.commentDue()) {
            pledgeComment.getStyleClass().add("home-flag");
        }
        pledgeTitle.setText(Messages.get("pledge.home.title", f.overdue().size()));
        pledgeList.setText(f.overdue().isEmpty() ? Messages.get("pledge.home.none") : f.overdue().stream()
                .limit(LIST_LIMIT).map(v -> Messages.get("pledge.home.overdue", v.who(), v.pledge().content(),
                        v.pledge().deadline().toString()))
                .collect(Collectors.joining("\n"))
                + (f.overdue().size() > LIST_LIMIT ? "\n" + Messages.get("pledge.home.more",
                        f.overdue().size() - LIST_LIMIT) : ""));
    }

    private static String line(MemberHours h) {
        return Messages.get("home.hours.line", h.member().name(), Hours.format(h.standing().total()),
                h.standing().missingInWords());
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
