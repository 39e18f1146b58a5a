package org.branchledger.study;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import java.util.function.Supplier;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.study.AttendanceGridModel.Row;

/**
 * The right half of 学习活动与考勤: the chosen session's title and counts, its {@link AttendanceGrid},
 * the 未保存 marker, 撤销修改 and 保存考勤, which writes the whole grid in one transaction.
 */
final class AttendanceGridPane {

    /** The controls of the pane, as the page's FXML lays them out. */
    record Controls(TableView<Row> table, Pane statusKeys, Label title, Label counts, Label unsaved, Button revert,
                    Button save) {
    }

    private final Controls c;
    private final AttendanceGrid grid;
    private final StudyService study;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final Runnable onSaved;
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();

    /** @param onSaved runs on the FX thread after each save (to tell the other screens) */
    AttendanceGridPane(Controls controls, ObservableValue<Number> fontPixels, Supplier<Window> owner, StudyService study,
                       Tasks tasks, Dialogs dialogs, Runnable onSaved, java.time.Clock clock) {
        this.c = controls;
        this.study = study;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.grid = new AttendanceGrid(c.table(), c.statusKeys(), fontPixels, owner, clock);
        c.save().disableProperty().bind(dirty.not().or(saving));
        c.revert().disableProperty().bind(dirty.not().or(saving));
        c.save().setOnAction(e -> save());
        c.revert().setOnAction(e -> revert());
        grid.model().addListener((obs, old, now) -> show(now));
        show(null);
    }

    /** The grid shown, or null. */
    ObjectProperty<AttendanceGridModel> model() {
        return grid.model();
    }

    /** True while the grid shown has edits not yet saved. */
    boolean dirty() {
        return dirty.get();
    }

    void focus() {
        c.table().requestFocus();
    }

    /** Saves the grid shown, if it has edits. */
    void save() {
        AttendanceGridModel g = grid.model().get();
        if (g != null && g.dirty().get() && !saving.get()) {
            save(g);
        }
    }

    /** Writes a grid (the one shown, or one being left) in one transaction, then {@code onSaved}. */
    void save(AttendanceGridModel g) {
        String problem = g.problem();
        if (problem != null) {
            dialogs.showInfo(Messages.get("studyScreen.grid.cannotSave"), problem);
            return;
        }
        List<Attendance> rows = g.toSave();
        Map<Long, Attendance> loaded = g.stored();
        saving.set(true);
        tasks.run(() -> {
            study.saveAttendance(g.session(), loaded, rows);
            return rows;
        }).onSuccess(saved -> {
            saving.set(false);
            g.saved(saved);
            onSaved.run();
        }).onError(error -> {
            saving.set(false);
            refused(g, error);
        }).start();
    }

    /** A save refused for someone else's change (decision 0025): 用我的覆盖 saves again over theirs, else theirs shown. */
    private void refused(AttendanceGridModel g, Throwable error) {
        if (!(error instanceof RecordChangedException refused)) {
            dialogs.showError(error);
            return;
        }
        @SuppressWarnings("unchecked")
        List<Attendance> theirs = refused.theirs(List.class);
        boolean overwrite = dialogs.confirm(Messages.get("editConflict.title"), EditBase.message(refused),
                Messages.get("editConflict.overwrite"), Messages.get("editConflict.reload"));
        g.rebase(theirs);
        if (overwrite) {
            save(g);
        } else {
            g.revert();
        }
    }

    private void revert() {
        AttendanceGridModel g = grid.model().get();
        if (g != null) {
            g.revert();
            focus();
        }
    }

    private void show(AttendanceGridModel g) {
        dirty.unbind();
        dirty.set(false);
        c.unsaved().textProperty().unbind();
        c.counts().textProperty().unbind();
        if (g == null) {
            c.title().setText(Messages.get("studyScreen.grid.none"));
            c.title().setTooltip(null);
            c.counts().setText("");
            c.unsaved().setText("");
            return;
        }
        c.title().setText(title(g.session()));
        c.title().setTooltip(new Tooltip(c.title().getText()));
        dirty.bind(g.dirty());
        c.unsaved().textProperty().bind(Bindings.createStringBinding(() -> g.dirty().get()
                ? Messages.get("studyScreen.grid.unsaved", g.changes().get()) : "", g.changes(), g.dirty()));
        c.counts().textProperty().bind(Bindings.createStringBinding(g::counts, g.version()));
    }

    /** e.g. 2026-03-05　集中学习　学习党章（1.5 学时）. */
    static String title(StudySession s) {
        return Messages.get("studyScreen.grid.title", s.heldOn().toString(), s.kind().label(), s.topic(),
                Hours.format(s.hoursTenths()));
    }
}
