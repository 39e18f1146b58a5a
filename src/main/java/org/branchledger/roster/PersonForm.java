package org.branchledger.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchledger.importing.Cell;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.HeaderDetector;
import org.branchledger.importing.SheetRow;

/**
 * The national per-person form 党员基本信息采集表: one member per sheet, label cells ("1.姓名：",
 * "4.公民身份证号：", "12.联系电话 (手机号)：") each followed by its value further right. Values are found by
 * their labels, not by cell addresses, since every copy of the form is laid out a little differently.
 */
final class PersonForm {
    /** How far right of its label a value may sit (the form's code lists live further right). */
    private static final int VALUE_REACH = 12;
    /** At least this many labels, 姓名 and 公民身份号码 among them, make a sheet a form. */
    private static final int MIN_LABELS = 4;

    /** Where a field's value was found: the cell and the row, and the label as the form writes it. */
    record Item(Cell value, int rowNumber, String label) {
    }

    private PersonForm() {
    }

    /** The form's items by field, when the rows are such a form (else empty). */
    static Optional<Map<RosterField, Item>> read(List<SheetRow> rows, List<ColumnSpec> specs) {
        Map<RosterField, Item> items = new EnumMap<>(RosterField.class);
        int labels = 0;
        for (SheetRow row : rows) {
            List<Cell> cells = row.cells();
            for (int col = 0; col < cells.size(); col++) {
                RosterField field = label(cells.get(col), specs);
                if (field == null || items.containsKey(field)) {
                    continue;
                }
                labels++;
                Cell value = Cell.BLANK;
                for (int v = col + 1; v < cells.size() && v <= col + VALUE_REACH; v++) {
                    Cell c = cells.get(v);
                    if (c.blank() || isHint(c)) {
                        continue;
                    }
                    if (label(c, specs) == null) {
                        value = c;
                    }
                    break; // the next label starts the next item
                }
                items.put(field, new Item(value, row.number(), HeaderDetector.display(cells.get(col).text())));
            }
        }
        if (labels < MIN_LABELS || !items.containsKey(RosterField.NAME) || !items.containsKey(RosterField.ID_NUMBER)) {
            return Optional.empty();
        }
        return Optional.of(items);
    }

    private static RosterField label(Cell cell, List<ColumnSpec> specs) {
        if (cell.kind() != Cell.Kind.TEXT) {
            return null;
        }
        String t = cell.text().strip();
        if (t.length() > 30) {
            return null;
        }
        for (ColumnSpec s : specs) {
            if (s.matches(t)) {
                for (RosterField f : RosterField.values()) {
                    if (f.label().equals(s.field())) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A hint printed on the blank form, not a value: "(填写全称)：", "(手机号)：", "+(电话)", "年  月  日".
     */
    private static boolean isHint(Cell cell) {
        if (cell.kind() != Cell.Kind.TEXT) {
            return false;
        }
        String t = cell.text().replaceAll("[\\s\u3000]", "");
        String outside = t.replaceAll("[(（][^)）]*[)）]", "").replaceAll("[:：+＋]", "");
        return outside.isEmpty() || t.endsWith("：") || t.endsWith(":") || t.matches("年月日");
    }
}
