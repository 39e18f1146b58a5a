package org.branchledger.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.branchledger.branch.Branch;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.shell.Selection;

/** 花名册: the branch's members. Editing and importing arrive with the roster issue. */
public final class RosterController {
    private final RosterService roster;
    private final Selection selection;
    private final Tasks tasks;

    @FXML private Label count;
    @FXML private TableView<Member> table;

    public RosterController(RosterService roster, Selection selection, Tasks tasks, RosterFileActions files,
                            org.branchledger.core.ui.Dialogs dialogs) {
        this.roster = roster;
        this.selection = selection;
        this.tasks = tasks;
    }

    @FXML
    private void initialize() {
        column("roster.col.name", Member::name, 90);
        column("roster.col.gender", Member::gender, 50);
        column("roster.col.birth", m -> text(m.birthDate()), 100);
        column("roster.col.idNumber", Member::idNumber, 180);
        column("roster.col.type", m -> m.type().label(), 80);
        column("roster.col.joined", m -> text(m.joinedOn()), 100);
        column("roster.col.category", Member::category, 100);
        column("roster.col.job", Member::job, 110);
        column("roster.col.mobile", Member::mobile, 110);
        column("roster.col.notes", RosterController::notes, 220);
        selection.branch().addListener((obs, old, branch) -> refresh(branch));
        refresh(selection.branch().get());
    }

    private void column(String key, Function<Member, String> value, double width) {
        TableColumn<Member, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    private void refresh(Branch branch) {
        if (branch == null) {
            table.getItems().clear();
            count.setText("");
            return;
        }
        tasks.run(() -> roster.members(branch.id())).onSuccess(members -> {
            table.getItems().setAll(members);
            RosterCounts c = RosterCounts.of(members);
            count.setText(Messages.get("roster.count", c.current(), c.left()));
        }).start();
    }

    private static String text(PartialDate d) {
        return d == null ? "" : d.iso();
    }

    /** 流动 / 失联 / left are written here, as on the printed roster. */
    static String notes(Member m) {
        List<String> notes = new ArrayList<>();
        if (!m.current()) {
            notes.add(Messages.get("roster.note.left", m.leftReason(), text(m.leftOn())));
        }
        if (m.committeeMember()) {
            notes.add(Messages.get("roster.note.committee", m.committeePost()));
        }
        if (m.leadingCadre()) {
            notes.add(Messages.get("roster.note.cadre"));
        }
        if (m.floating()) {
            notes.add(Messages.get("roster.note.floating", m.floatingTo() == null ? "" : m.floatingTo()));
        }
        if (m.lostContact()) {
            notes.add(Messages.get("roster.note.lost"));
        }
        if (!m.canWrite()) {
            notes.add(Messages.get("roster.note.cannotWrite"));
        }
        return String.join("；", notes);
    }
}
