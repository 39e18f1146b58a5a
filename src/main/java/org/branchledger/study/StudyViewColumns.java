package org.branchledger.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.branchledger.core.i18n.Messages;

/**
 * Columns whose widths are in em, so a larger font setting widens them instead of clipping the text
 * (as on the 花名册), plus a 序号 column that follows what is shown.
 */
final class StudyViewColumns<S> {
    private final TableView<S> table;
    private final List<TableColumn<S, ?>> columns = new ArrayList<>();
    private final List<Double> ems = new ArrayList<>();
    private final ObservableValue<Number> fontPixels;
    private TableColumn<S, ?> flex;

    StudyViewColumns(TableView<S> table, ObservableValue<Number> fontPixels) {
        this.table = table;
        this.fontPixels = fontPixels;
        fontPixels.addListener((obs, old, px) -> resize());
        table.widthProperty().addListener((obs, old, w) -> resize());
        resize();
    }

    /** The column that takes the width the others leave (at least its own em width), so nothing scrolls sideways. */
    void flex(TableColumn<S, ?> column) {
        this.flex = column;
        resize();
    }

    /** Scrolls only as far as needed to show row {@code index} (TableView.scrollTo puts it at the top). */
    static void reveal(TableView<?> table, int index) {
        if (index < 0) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }

    /** 序号: the row's place in the list as shown. */
    TableColumn<S, S> number(double em) {
        TableColumn<S, S> c = new TableColumn<>(Messages.get("studyScreen.col.number"));
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(getIndex() + 1));
            }
        });
        return add(c, em);
    }

    /** A text column. */
    TableColumn<S, String> text(String titleKey, Function<S, String> value, double em, Object... args) {
        TableColumn<S, String> c = new TableColumn<>(Messages.get(titleKey, args));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return add(c, em);
    }

    /** Shows the column's text over as many lines as it needs (the row grows) instead of cutting it with "…". */
    TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(col -> new org.branchledger.core.ui.WrappingCell<>());
        return column;
    }

    /** A column showing an observable value of the row (the cell follows it). */
    <T> TableColumn<S, T> observed(String titleKey, Function<S, ObservableValue<T>> value, double em) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(titleKey));
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return add(c, em);
    }

    <T> TableColumn<S, T> add(TableColumn<S, T> c, double em) {
        columns.add(c);
        ems.add(em);
        table.getColumns().add(c);
        resize();
        return c;
    }

    private void resize() {
        double px = fontPixels.getValue().doubleValue();
        double others = 0;
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<S, ?> c = columns.get(i);
            c.setPrefWidth(Math.ceil(ems.get(i) * px));
            c.setMinWidth(Math.ceil(Math.min(ems.get(i), 3) * px));
            others += c == flex ? 0 : c.getPrefWidth();
        }
        if (flex != null) {
            double room = table.getWidth() - others - 2 * px; // the vertical scroll bar and the borders
            flex.setPrefWidth(Math.max(flex.getPrefWidth(), Math.floor(room)));
        }
    }
}
