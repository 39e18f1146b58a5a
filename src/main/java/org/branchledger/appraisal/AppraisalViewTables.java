package org.branchledger.appraisal;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.branchledger.core.i18n.Messages;

/** The columns of the 民主评议 tables: the participants, the 整改事项, the members graded 不合格. */
final class AppraisalViewTables {
    private AppraisalViewTables() {
    }

    static void members(TableView<MemberAppraisal> t) {
        t.getColumns().setAll(List.of(
                column("appraisal.col.name", m -> m.member().name(), 62),
                column("appraisal.col.votes", AppraisalViewTables::votes, 90),
                column("appraisal.col.satisfaction", m -> m.entry().mass().satisfactionText(), 64),
                column("appraisal.col.suggestion", m -> m.judgement().suggestion(), 68),
                // 预备党员 take part but get no grade: said in this column, which saves a 类别 column at 特大
                column("appraisal.col.final", m -> m.probationary() ? Messages.get("appraisal.final.probationary")
                        : m.finalGrade() == null ? "" : m.finalGrade().label(), 68),
                wrapping(column("appraisal.col.flags", AppraisalViewTables::flags, 150))));
        t.setRowFactory(v -> styled(m -> !m.judgement().flags().isEmpty() || m.reasonMissing()));
        t.setPlaceholder(new Label(Messages.get("appraisal.members.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void rectifications(TableView<Rectification> t, Function<Long, String> names) {
        t.getColumns().setAll(List.of(
                column("appraisal.col.name", r -> names.apply(r.memberId()), 80),
                column("appraisal.col.opened", r -> r.openedOn().toString(), 100),
                wrapping(column("appraisal.col.issue", Rectification::issue, 320)),
                column("appraisal.col.state", r -> r.open() ? Messages.get("appraisal.rectification.open")
                        : Messages.get("appraisal.rectification.closed", r.closedOn().toString()), 130),
                column("appraisal.col.closeNote", r -> r.closeNote() == null ? "" : r.closeNote(), 260)));
        t.setRowFactory(v -> styled(Rectification::open));
        t.setPlaceholder(new Label(Messages.get("appraisal.rectification.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void followUps(TableView<MemberAppraisal> t, Function<Long, FollowUp> followUp) {
        t.getColumns().setAll(List.of(
                column("appraisal.col.name", m -> m.member().name(), 80),
                column("appraisal.col.votes", AppraisalViewTables::votes, 110),
                column("appraisal.col.followUp", m -> {
                    FollowUp f = followUp.apply(m.member().id());
                    return f == null ? Messages.get("appraisal.followUp.missing") : f.text();
                }, 160),
                column("appraisal.col.decided", m -> {
                    FollowUp f = followUp.apply(m.member().id());
                    return f == null ? "" : f.decidedOn().toString();
                }, 100),
                column("appraisal.col.note", m -> {
                    FollowUp f = followUp.apply(m.member().id());
                    return f == null || f.note() == null ? "" : f.note();
                }, 300)));
        t.setRowFactory(v -> styled(m -> followUp.apply(m.member().id()) == null));
        t.setPlaceholder(new Label(Messages.get("appraisal.followUp.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** 优/合/基/不, e.g. 12/3/0/0. */
    static String votes(MemberAppraisal m) {
        AppraisalRule.Tally v = m.entry().votes();
        return v.excellent() + "/" + v.qualified() + "/" + v.basic() + "/" + v.failed();
    }

    static String flags(MemberAppraisal m) {
        String f = String.join("、", m.judgement().flags());
        if (m.reasonMissing()) {
            f = f.isEmpty() ? Messages.get("appraisal.flag.noReason") : f + "、" + Messages.get("appraisal.flag.noReason");
        }
        return f;
    }

    /** A long text column whose text wraps (the row grows) instead of ending in "…" at 特大. */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> c) {
        c.setCellFactory(col -> new org.branchledger.core.ui.WrappingCell<>());
        return c;
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 45));
        c.setSortable(false);
        return c;
    }

    private static <T> TableRow<T> styled(java.util.function.Predicate<T> flagged) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("flagged-row");
                if (!empty && item != null && flagged.test(item)) {
                    getStyleClass().add("flagged-row");
                }
            }
        };
    }
}
