package org.branchledger.pledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.i18n.Messages;
import org.branchledger.pledge.PledgeSteps.Step;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;

/**
 * What the 公开承诺 page shows for one branch and year, built from one load: the year in numbers, the three
 * lists of its tabs (pledges, leaders' comments, activity records), the selected pledge's whole life in words
 * and which of its steps are offered (as {@link PledgeSteps} says), the 半年一点评 flag. Pure apart from
 * {@link #load}, which runs on a worker thread; no window needed.
 */
final class PledgesPageModel {
    /** What one load brings. */
    record Data(long branchId, int year, PledgeService.Overview overview, List<Member> members) {
    }

    /** The style classes a pledge's row may carry, by its status. */
    static final List<String> ROW_STYLES = List.of("overdue-row", "notkept-row", "unpublished-row");

    private final ObservableList<PledgeView> pledges = FXCollections.observableArrayList();
    private final ObservableList<LeaderComment> comments = FXCollections.observableArrayList();
    private final ObservableList<ActivityRecord> activities = FXCollections.observableArrayList();
    private final ObjectProperty<PledgeView> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper commentFlag = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper commentDue = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper commentsTab = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activitiesTab = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailHead = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailBody = new ReadOnlyStringWrapper("");
    private final Map<Step, ReadOnlyBooleanWrapper> offered = new EnumMap<>(Step.class);
    private Data data;
    /** The pledge just saved in a form: selected once the list is read again. */
    private Long selectAfterLoad;

    PledgesPageModel() {
        for (Step s : Step.values()) {
            offered.put(s, new ReadOnlyBooleanWrapper());
        }
        selected.addListener((obs, was, now) -> showDetail(now));
        clear();
    }

    /** Reads a branch's year; call it through {@code Tasks}, never on the FX thread. */
    static Data load(PledgeService pledges, RosterService roster, long branchId, int year) {
        return new Data(branchId, year, pledges.overview(branchId, year), roster.members(branchId));
    }

    /**
     * Shows a load, and selects again the pledge just saved, else the one selected, else the first. Answers the
     * pledge selected now, for the table to select (and scroll to, when it is another one).
     */
    PledgeView show(Data d) {
        PledgeView picked = selected.get();
        Long keep = selectAfterLoad != null ? selectAfterLoad : picked == null ? null : picked.pledge().id();
        selectAfterLoad = null;
        data = d;
        List<PledgeView> views = d.overview().pledges();
        pledges.setAll(views);
        comments.setAll(d.overview().comments());
        activities.setAll(d.overview().activities());
        tabCounts();
        summary.set(summary(d.year(), views));
        PledgeService.Flags f = d.overview().flags();
        commentFlag.set(f.lastComment() == null ? Messages.get("pledge.screen.flag.commentNever")
                : Messages.get(f.commentDue() ? "pledge.screen.flag.comment" : "pledge.screen.flag.commentOk",
                        f.lastComment().toString()));
        commentDue.set(f.commentDue());
        PledgeView again = views.stream().filter(v -> Objects.equals(v.pledge().id(), keep)).findFirst()
                .orElse(views.isEmpty() ? null : views.get(0));
        selected.set(again);
        showDetail(again); // also when it is the same pledge as before: its steps may have moved on
        return again;
    }

    /** Nothing to show: no branch or no year selected. */
    void clear() {
        data = null;
        pledges.clear();
        comments.clear();
        activities.clear();
        tabCounts();
        summary.set("");
        commentFlag.set("");
        commentDue.set(false);
        selected.set(null);
        showDetail(null);
    }

    /** e.g. 2026年度：共 12 项(支部 2 项，党员 10 项)… with the count of every status. */
    static String summary(int year, List<PledgeView> views) {
        Map<PledgeStatus, Long> counts = views.stream()
                .collect(Collectors.groupingBy(PledgeView::status, Collectors.counting()));
        long ofBranch = views.stream().filter(v -> v.pledge().ofBranch()).count();
        List<Object> args = new ArrayList<>(List.of(year, views.size(), ofBranch, views.size() - ofBranch));
        for (PledgeStatus s : PledgeStatus.values()) {
            args.add(counts.getOrDefault(s, 0L));
        }
        return Messages.get("pledge.screen.summary", args.toArray());
    }

    /** The style class of a pledge's row, null for one that needs no notice (进行中, 已兑现). */
    static String rowStyle(PledgeView v) {
        return switch (v.status()) {
            case OVERDUE -> "overdue-row";
            case NOT_KEPT, PARTLY_KEPT -> "notkept-row";
            case UNPUBLISHED -> "unpublished-row";
            default -> null;
        };
    }

    /** The selected pledge's whole life, and which of its steps are offered now. */
    private void showDetail(PledgeView v) {
        Pledge p = v == null ? null : v.pledge();
        offered.forEach((step, on) -> on.set(PledgeSteps.offered(p, step)));
        if (p == null) {
            detailHead.set(Messages.get("pledge.screen.detail.none"));
            detailWarning.set("");
            detailBody.set("");
            return;
        }
        detailHead.set(PledgeDetail.head(v));
        List<String> warnings = PledgeWording.warnings(p.content());
        detailWarning.set(warnings.isEmpty() ? "" : Messages.get("pledge.screen.warning", String.join("；", warnings)));
        detailBody.set(String.join("\n", PledgeDetail.lines(v)));
    }

    private void tabCounts() {
        commentsTab.set(Messages.get("pledge.screen.tab.comments", comments.size()));
        activitiesTab.set(Messages.get("pledge.screen.tab.activities", activities.size()));
    }

    /** Why {@code step} cannot happen to the selected pledge, in the user's words; empty when it can. */
    Optional<String> refusal(Step step) {
        PledgeView v = selected.get();
        return v == null ? Optional.empty() : PledgeSteps.refusal(v.pledge(), step).map(PledgeSteps.Refusal::message);
    }

    /** The pledge a form has just saved: selected once the list is read again. */
    void selectAfterLoad(Long pledgeId) {
        selectAfterLoad = pledgeId;
    }

    /** Whether what is shown is of this branch and year (not a load still on its way, nor none). */
    boolean showing(Long branchId, Integer year) {
        return data != null && branchId != null && data.branchId() == branchId && Objects.equals(data.year(), year);
    }

    Optional<Data> data() {
        return Optional.ofNullable(data);
    }

    /** An activity record's member by name; empty when not on the roster. */
    String memberName(long id) {
        return data == null ? "" : data.members().stream().filter(m -> m.id() == id).map(Member::name).findFirst()
                .orElse("");
    }

    /** The member of the selected pledge (an activity record is most likely theirs); null for the branch's. */
    Member selectedMember() {
        PledgeView v = selected.get();
        Long id = v == null ? null : v.pledge().memberId();
        return id == null || data == null ? null
                : data.members().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    ObservableList<PledgeView> pledges() {
        return pledges;
    }

    ObservableList<LeaderComment> comments() {
        return comments;
    }

    ObservableList<ActivityRecord> activities() {
        return activities;
    }

    ObjectProperty<PledgeView> selected() {
        return selected;
    }

    ReadOnlyBooleanProperty offered(Step step) {
        return offered.get(step).getReadOnlyProperty();
    }

    ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty commentFlag() {
        return commentFlag.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty commentDue() {
        return commentDue.getReadOnlyProperty();
    }

    ReadOnlyStringProperty commentsTab() {
        return commentsTab.getReadOnlyProperty();
    }

    ReadOnlyStringProperty activitiesTab() {
        return activitiesTab.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailHead() {
        return detailHead.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailWarning() {
        return detailWarning.getReadOnlyProperty();
    }

    ReadOnlyStringProperty detailBody() {
        return detailBody.getReadOnlyProperty();
    }
}
