package org.branchledger.importing;

import java.math.BigDecimal;
import java.util.Arrays;
import org.dhatim.fastexcel.reader.Row;

/** FastExcel's cells to {@link Cell}s. */
final class XlsxCells {
    private final boolean date1904;

    XlsxCells(boolean date1904) {
        this.date1904 = date1904;
    }

    SheetRow row(Row row) {
        int count = row.getCellCount();
        Cell[] cells = new Cell[count];
        for (int i = 0; i < count; i++) {
            cells[i] = cell(row.getCell(i));
        }
        return new SheetRow(row.getRowNum(), Arrays.asList(cells));
    }

    Cell cell(org.dhatim.fastexcel.reader.Cell c) {
        if (c == null) {
            return Cell.BLANK;
        }
        Object value = c.getValue();
        return switch (c.getType()) {
            case EMPTY -> Cell.BLANK;
            case STRING, ERROR -> Cell.text(value == null ? c.getRawValue() : value.toString());
            case BOOLEAN -> bool(value);
            case NUMBER -> value instanceof BigDecimal n ? number(n, c) : Cell.text(c.getRawValue());
            // A formula's value is its cached result, parsed by the result's type.
            case FORMULA -> value instanceof BigDecimal n ? number(n, c)
                    : value instanceof Boolean ? bool(value)
                    : value != null ? Cell.text(value.toString())
                    : Cell.text("=" + c.getFormula()); // never calculated: no cached result
        };
    }

    private static Cell bool(Object value) {
        return value == null ? Cell.BLANK : Cell.text(Boolean.TRUE.equals(value) ? "TRUE" : "FALSE");
    }

    private Cell number(BigDecimal n, org.dhatim.fastexcel.reader.Cell c) {
        if (n.signum() >= 0 && ExcelDates.isDateFormat(c.getDataFormatId(), c.getDataFormatString())) {
            double serial = date1904 ? n.doubleValue() + ExcelDates.DAYS_1904_TO_1900 : n.doubleValue();
            if (ExcelDates.isDateSerial(serial)) {
                return Cell.date(serial);
            }
        }
        return Cell.number(n);
    }
}
