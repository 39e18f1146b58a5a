package org.branchledger.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.branchledger.core.i18n.Messages;
import org.branchledger.importing.SheetRow;

/** The wizard's editable view of which column of the file holds which roster field. */
final class ColumnMapping {

    /** A field choice for a column; {@code field} null means the column is not imported. */
    record Choice(RosterField field) {
        @Override
        public String toString() {
            return field == null ? Messages.get("import.mapping.ignore") : field.label();
        }
    }

    /** One column of the file. */
    static final class Column {
        private final int index;
        private final String header;
        private final ObjectProperty<Choice> choice;

        Column(int index, String header, RosterField field) {
            this.index = index;
            this.header = header;
            this.choice = new SimpleObjectProperty<>(new Choice(field));
        }

        String letter() {
            return SheetRow.columnLetter(index);
        }

        String header() {
            return header;
        }

        ObjectProperty<Choice> choice() {
            return choice;
        }
    }

    static List<Choice> choices() {
        List<Choice> all = new ArrayList<>();
        all.add(new Choice(null));
        for (RosterField f : RosterField.values()) {
            all.add(new Choice(f));
        }
        return all;
    }

    /** The columns of a plan's header row, each with the field it was matched to. */
    static List<Column> of(RosterImportPlan plan) {
        Map<Integer, RosterField> byColumn = new java.util.HashMap<>();
        plan.columns().forEach((field, col) -> byColumn.put(col, field));
        List<Column> columns = new ArrayList<>();
        List<String> headers = plan.header().headerTexts();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank() || byColumn.containsKey(i)) {
                columns.add(new Column(i, headers.get(i).strip(), byColumn.get(i)));
            }
        }
        return columns;
    }

    /** The mapping the user set: field → column (a field chosen twice keeps its first column). */
    static Map<RosterField, Integer> mapping(List<Column> columns) {
        Map<RosterField, Integer> map = new EnumMap<>(RosterField.class);
        for (Column c : columns) {
            RosterField f = c.choice().get().field();
            if (f != null) {
                map.putIfAbsent(f, c.index);
            }
        }
        return map;
    }

    /** Required fields no column is mapped to, by label. */
    static List<String> missing(List<Column> columns) {
        Map<RosterField, Integer> map = mapping(columns);
        List<String> missing = new ArrayList<>();
        for (RosterField f : RosterField.values()) {
            if (f.required() && !map.containsKey(f)) {
                missing.add(f.label());
            }
        }
        return missing;
    }
}
