package org.branchledger.notes;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import org.branchledger.core.i18n.Messages;

/** The columns of the 笔记心得 tables: members' standing, one member's notes, and the review queue. */
final class NotesViewTables {
    private NotesViewTables() {
    }

    static void members(TableView<MemberNotes> t) {
        t.getColumns().setAll(java.util.List.of(
                column("notesScreen.col.name", m -> m.member().name(), 60),
                column("notesScreen.col.notes", m -> String.valueOf(m.notes()), 44),
                column("notesScreen.col.essays", NotesPageModel::essays, 100),
                column("notesScreen.col.compliance", m -> m.standing().compliance().label(), 44),
                column("notesScreen.col.waiting", m -> String.valueOf(m.awaitingReview()), 54)));
        t.setRowFactory(v -> styled(m -> m.standing().compliance() == EssayRule.Compliance.NO ? "short-row" : null));
        t.setPlaceholder(new Label(Messages.get("notesScreen.members.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void notes(TableView<ReadingNote> t) {
        t.getColumns().setAll(java.util.List.of(
                column("notesScreen.col.date", n -> n.writtenOn().toString(), 90),
                column("notesScreen.col.kind", n -> n.kind().label(), 70),
                wrapping(column("notesScreen.col.title", ReadingNote::title, 240)),
                column("notesScreen.col.words", n -> String.valueOf(n.wordCount()), 52),
                wrapping(column("notesScreen.col.review", NotesPageModel::review, 200))));
        t.setPlaceholder(new Label(Messages.get("notesScreen.notes.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void queue(TableView<ReviewQueueEntry> t) {
        t.getColumns().setAll(java.util.List.of(
                column("notesScreen.col.date", e -> e.note().writtenOn().toString(), 90),
                column("notesScreen.col.name", ReviewQueueEntry::memberName, 66),
                column("notesScreen.col.kind", e -> e.note().kind().label(), 70),
                wrapping(column("notesScreen.col.title", e -> e.note().title(), 260)),
                column("notesScreen.col.days", NotesPageModel::waiting, 140)));
        t.setRowFactory(v -> styled(e -> e.overdue() ? "overdue-row" : null));
        t.setPlaceholder(new Label(Messages.get("notesScreen.queue.none")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The column's text over as many lines as it needs, not cut with "…" (long titles at 特大). */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(col -> new org.branchledger.core.ui.WrappingCell<>());
        return column;
    }

    private static <T> TableRow<T> styled(Function<T, String> styleClass) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("short-row", "overdue-row");
                String s = empty || item == null ? null : styleClass.apply(item);
                if (s != null) {
                    getStyleClass().add(s);
                }
            }
        };
    }
}
