package org.branchledger.pledge;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.WrappingCell;

/** The columns of the 公开承诺 tables: the pledges (rows coloured by status), the leaders' comments, the activities. */
final class PledgesViewTables {
    private PledgesViewTables() {
    }

    static void pledges(TableView<PledgeView> t) {
        t.getColumns().setAll(List.of(
                column("pledge.screen.col.who", 64, PledgeView::who),
                column("pledge.screen.col.category", 100, v -> v.pledge().category().label()),
                wrapping(column("pledge.screen.col.content", 300, v -> v.pledge().content())),
                column("pledge.screen.col.deadline", 92, v -> PledgesLedger.date(v.pledge().deadline())),
                column("pledge.screen.col.status", 70, v -> v.status().label())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PledgeView v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll(PledgesPageModel.ROW_STYLES);
                String style = empty || v == null ? null : PledgesPageModel.rowStyle(v);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
    }

    static void comments(TableView<LeaderComment> t) {
        t.getColumns().setAll(List.of(
                PledgesViewTables.<LeaderComment>column("pledge.screen.col.date", 100, c -> c.commentedOn().toString()),
                PledgesViewTables.<LeaderComment>column("pledge.screen.col.commenter", 160, LeaderComment::commenter),
                wrapping(PledgesViewTables.<LeaderComment>column("pledge.screen.col.comment", 500,
                        LeaderComment::comment))));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** @param names a member's name by id */
    static void activities(TableView<ActivityRecord> t, LongFunction<String> names) {
        t.getColumns().setAll(List.of(
                PledgesViewTables.<ActivityRecord>column("pledge.screen.col.date", 100, a -> a.doneOn().toString()),
                PledgesViewTables.<ActivityRecord>column("pledge.screen.col.member", 80,
                        a -> names.apply(a.memberId())),
                wrapping(PledgesViewTables.<ActivityRecord>column("pledge.screen.col.activity", 220,
                        ActivityRecord::activity)),
                PledgesViewTables.<ActivityRecord>column("pledge.screen.col.contribution", 220,
                        a -> nz(a.contribution())),
                PledgesViewTables.<ActivityRecord>column("pledge.screen.col.effect", 220, a -> nz(a.effect()))));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** A long text column whose text wraps (the row grows) instead of ending in "…" at 特大. */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> c) {
        c.setCellFactory(col -> new WrappingCell<>());
        return c;
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width); // at the standard font size; scaled with the font (TableColumns)
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
