package org.branchledger.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;

/**
 * The roster table's columns and rows: the 花名册 columns in print order, a 序号 that follows what is
 * shown, members who left drawn grey ({@code :left-member}). Widths are in em, so a larger font
 * setting widens the columns instead of clipping the text.
 */
final class RosterTable {
    static final PseudoClass LEFT_MEMBER = PseudoClass.getPseudoClass("left-member");

    private final TableView<Member> table;
    private final List<TableColumn<Member, ?>> columns = new ArrayList<>();
    private final List<Double> ems = new ArrayList<>();

    private RosterTable(TableView<Member> table) {
        this.table = table;
    }

    /**
     * Sets up the columns and rows of {@code table}.
     *
     * @param fontPixels the window's font size, followed as it changes
     * @param onOpen     what a double click on a row does (edit)
     */
    static void install(TableView<Member> table, ObservableValue<Number> fontPixels, Consumer<Member> onOpen) {
        RosterTable t = new RosterTable(table);
        t.numberColumn();
        t.column("roster.col.name", Member::name, 5.5);
        t.column("roster.col.gender", Member::gender, 3.5);
        t.column("roster.col.birth", m -> text(m.birthDate()), 7);
        t.column("roster.col.idNumber", Member::idNumber, 12.5);
        t.column("roster.col.type", m -> m.type() == null ? "" : m.type().label(), 5.5);
        t.column("roster.col.joined", m -> text(m.joinedOn()), 7);
        t.column("roster.col.fullMember", m -> text(m.fullMemberOn()), 7);
        t.column("roster.col.category", Member::category, 7.5);
        t.column("roster.col.job", Member::job, 8);
        t.column("roster.col.mobile", Member::mobile, 8.5);
        t.column("roster.col.notes", RosterTable::notes, 20);
        table.setPlaceholder(new Label(Messages.get("roster.placeholder")));
        table.setRowFactory(view -> t.row(onOpen));
        t.resize(fontPixels.getValue().doubleValue());
        fontPixels.addListener((obs, old, px) -> t.resize(px.doubleValue()));
    }

    private void numberColumn() {
        TableColumn<Member, Member> c = new TableColumn<>(Messages.get("roster.col.number"));
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Member item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(getIndex() + 1));
            }
        });
        add(c, 3.5);
    }

    private void column(String key, Function<Member, String> value, double widthEm) {
        TableColumn<Member, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        add(c, widthEm);
    }

    private void add(TableColumn<Member, ?> c, double widthEm) {
        columns.add(c);
        ems.add(widthEm);
        table.getColumns().add(c);
    }

    private void resize(double px) {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(Math.ceil(ems.get(i) * px));
        }
    }

    private TableRow<Member> row(Consumer<Member> onOpen) {
        TableRow<Member> row = new TableRow<>() {
            @Override
            protected void updateItem(Member m, boolean empty) {
                super.updateItem(m, empty);
                pseudoClassStateChanged(LEFT_MEMBER, !empty && m != null && !m.current());
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                onOpen.accept(row.getItem());
            }
        });
        return row;
    }

    static String text(PartialDate d) {
        return d == null ? "" : d.iso();
    }

    /** 转出 / 去世, 支部委员, 领导干部, 流动 / 失联 and 无书写能力 are written here, as on the printed roster. */
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
        if (m.remark() != null && !m.remark().isBlank()) {
            notes.add(m.remark());
        }
        return String.join("；", notes);
    }
}
