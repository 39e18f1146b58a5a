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
        private final String note;

        Column(int index, String header, RosterField field, String note) {
            this.index = index;
            this.header = header;
            this.choice = new SimpleObjectProperty<>(new Choice(field));
            this.note = note;
        }

        /** How the column was read, in words ("" when plainly). */
        String note() {
            return note;
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

    /**
     * The columns of a plan's first header row, each with the field it was matched to and how it was read
     * (a synonym, codes dropped, a second column compared); none when the file held only per-person forms.
     */
    static List<Column> of(RosterImportPlan plan) {
        if (plan.header() == null) {
            return List.of();
        }
        Map<Integer, RosterField> byColumn = new java.util.HashMap<>();
        plan.columns().forEach((field, col) -> byColumn.put(col, field));
        Map<Integer, String> twinOf = new java.util.HashMap<>();
        plan.header().alternates().forEach((label, cols) -> cols.forEach(c -> twinOf.put(c, label)));
        List<Column> columns = new ArrayList<>();
        List<String> headers = plan.header().headerTexts();
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).isBlank() || byColumn.containsKey(i)) {
                RosterField field = byColumn.get(i);
                String shown = plan.header().headerName(i);
                List<String> notes = new ArrayList<>();
                if (field != null && !shown.isEmpty() && !shown.equals(field.label())) {
                    notes.add("按“" + field.label() + "”读取");
                }
                if (field != null && plan.columnNotes().containsKey(field)) {
                    notes.add(plan.columnNotes().get(field));
                }
                if (field == null && twinOf.containsKey(i) && plan.columns().containsKey(RosterField.ofLabel(twinOf.get(i)))) {
                    int other = plan.columns().get(RosterField.ofLabel(twinOf.get(i)));
                    notes.add("与“" + plan.header().headerName(other) + "”核对，不一致的行不导入");
                }
                columns.add(new Column(i, shown.isEmpty() ? headers.get(i).strip() : shown, field, String.join("；", notes)));
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
