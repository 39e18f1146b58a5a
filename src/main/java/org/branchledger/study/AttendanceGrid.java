package org.branchledger.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;
import org.branchledger.study.AttendanceGridModel.Row;
import org.branchledger.study.AttendanceGridModel.State;

/**
 * The 考勤 grid of one session, made for the keyboard: ↑ ↓ move between members, 1–5 set the status of
 * the selected members (出席 请假 缺席 补课 送课上门) and step to the next one, 4 and Enter on a 补课 row
 * ask for the make-up date and how. The numbered buttons under the grid do the same with the mouse.
 */
final class AttendanceGrid {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final AttendanceStatus[] KEYS = AttendanceStatus.values(); // 1 出席 … 5 送课上门

    private final TableView<Row> table;
    private final Supplier<Window> owner;
    private final DoubleSupplier fontPixels;
    private final ObjectProperty<AttendanceGridModel> model = new SimpleObjectProperty<>();
    private final java.time.Clock clock;

    AttendanceGrid(TableView<Row> table, Pane statusButtons, ObservableValue<Number> fontPixels, Supplier<Window> owner,
                   java.time.Clock clock) {
        this.clock = clock;
        this.table = table;
        this.owner = owner;
        this.fontPixels = () -> fontPixels.getValue().doubleValue();
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.get("studyScreen.grid.placeholder")));
        StudyViewColumns<Row> columns = new StudyViewColumns<>(table, fontPixels);
        // Widths in em, as narrow as their contents (a four-character name, 送课上门, a date): at 特大 the grid
        // shares a 1366-pixel screen with the session list and must not scroll sideways.
        columns.number(2.4);
        columns.text("studyScreen.grid.col.name", r -> r.member().name(), 4.8);
        columns.observed("studyScreen.grid.col.status", Row::state, 4.6).setCellFactory(c -> new StatusCell());
        columns.observed("studyScreen.grid.col.makeupOn", Row::state, 5.8).setCellFactory(c -> new TextCell(
                s -> s.makeupOn() == null ? "" : s.makeupOn().toString()));
        columns.observed("studyScreen.grid.col.makeupHow", Row::state, 4.8).setCellFactory(c -> new TextCell(
                s -> s.makeupHow() == null ? "" : s.makeupHow()));
        TableColumn<Row, String> note = columns.text("studyScreen.grid.col.note", r -> note(r.member()), 3);
        note.setCellFactory(c -> new org.branchledger.core.ui.WrappingCell<>()); // 组织委员 wraps at 特大, not "组织…"
        columns.flex(note);
        table.getColumns().forEach(c -> c.setSortable(false));
        model.addListener((obs, old, now) -> {
            boolean same = old != null && now != null && Objects.equals(old.session().id(), now.session().id());
            int at = same ? Math.max(0, table.getSelectionModel().getSelectedIndex()) : 0;
            table.setItems(now == null ? FXCollections.observableArrayList() : now.rows());
            if (now != null && !now.rows().isEmpty()) {
                select(Math.min(at, now.rows().size() - 1), !same);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        for (int i = 0; i < KEYS.length; i++) {
            AttendanceStatus status = KEYS[i];
            Button b = new Button(Messages.get("studyScreen.grid.key", i + 1, status.label()));
            b.setId("attendanceKey" + (i + 1));
            b.setFocusTraversable(false);
            b.getStyleClass().addAll("status-key", "status-" + status.name());
            b.setTooltip(new Tooltip(Messages.get("studyScreen.grid.keyTip", i + 1, status.label())));
            b.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
            b.setOnAction(e -> apply(status));
            statusButtons.getChildren().add(i, b); // before what the pane already holds (保存 …)
        }
    }

    ObjectProperty<AttendanceGridModel> model() {
        return model;
    }

    private void key(KeyEvent e) {
        if (model.get() == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        AttendanceStatus status = statusOf(e.getCode());
        if (status != null) {
            e.consume();
            apply(status);
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            List<Row> rows = selected();
            if (!rows.isEmpty() && rows.stream().allMatch(r -> r.status() == AttendanceStatus.MADE_UP)) {
                askMakeup(rows, () -> { });
            }
        }
    }

    static AttendanceStatus statusOf(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> KEYS[0];
            case DIGIT2, NUMPAD2 -> KEYS[1];
            case DIGIT3, NUMPAD3 -> KEYS[2];
            case DIGIT4, NUMPAD4 -> KEYS[3];
            case DIGIT5, NUMPAD5 -> KEYS[4];
            default -> null;
        };
    }

    /** Sets the status of the selected rows; with one row selected, steps on to the next member. */
    private void apply(AttendanceStatus status) {
        AttendanceGridModel m = model.get();
        List<Row> rows = selected();
        if (m == null || rows.isEmpty()) {
            return;
        }
        Runnable next = rows.size() == 1 ? this::stepDown : () -> { };
        if (status == AttendanceStatus.MADE_UP) {
            askMakeup(rows, next);
        } else {
            rows.forEach(r -> m.setStatus(r, status));
            next.run();
        }
        table.requestFocus();
    }

    private void askMakeup(List<Row> rows, Runnable then) {
        AttendanceGridModel m = model.get();
        State first = rows.get(0).state().get();
        String names = rows.stream().map(r -> r.member().name()).collect(Collectors.joining("、"));
        AttendanceGridMakeupDialog.open(owner.get(), fontPixels.getAsDouble(), java.time.LocalDate.now(clock), m.session(),
                names, first.makeupOn(),
                first.makeupHow(), (on, how) -> {
                    rows.forEach(r -> m.makeUp(r, on, how));
                    then.run();
                    table.requestFocus();
                }, table::requestFocus);
    }

    private List<Row> selected() {
        return new ArrayList<>(table.getSelectionModel().getSelectedItems());
    }

    private void stepDown() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i + 1 < table.getItems().size()) {
            select(i + 1, false);
        }
    }

    /** Selects and focuses one row; stepping down scrolls only as far as needed to show it. */
    private void select(int i, boolean scrollToTop) {
        table.getSelectionModel().clearAndSelect(i);
        table.getFocusModel().focus(i);
        if (scrollToTop) {
            table.scrollTo(i);
        } else {
            StudyViewColumns.reveal(table, i);
        }
    }

    /** 流动 / 失联 / 支部委员 / left: why someone may be missing, as on the roster. */
    static String note(Member m) {
        List<String> notes = new ArrayList<>();
        if (!m.current()) {
            notes.add(Messages.get("studyScreen.grid.note.left", m.leftReason()));
        }
        if (m.floating()) {
            notes.add(Messages.get("studyScreen.grid.note.floating"));
        }
        if (m.lostContact()) {
            notes.add(Messages.get("studyScreen.grid.note.lost"));
        }
        if (m.committeeMember()) {
            notes.add(m.committeePost());
        }
        return String.join("、", notes);
    }

    /** The status in words, coloured by status, highlighted while unsaved. */
    private static final class StatusCell extends TableCell<Row, State> {
        @Override
        protected void updateItem(State s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            boolean shown = !empty && s != null;
            pseudoClassStateChanged(CHANGED, shown && s.changed());
            if (!shown) {
                setText(null);
                return;
            }
            AttendanceStatus status = s.status();
            setText(status == null ? Messages.get("studyScreen.grid.unrecorded")
                    : s.changed() ? Messages.get("studyScreen.grid.changedMark", status.label()) : status.label());
            getStyleClass().add(status == null ? "status-NONE" : "status-" + status.name());
        }
    }

    /** A part of the row's state as text. */
    private static final class TextCell extends TableCell<Row, State> {
        private final java.util.function.Function<State, String> text;

        TextCell(java.util.function.Function<State, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(State s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : text.apply(s));
        }
    }
}
