package org.branchledger.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchledger.testing.Samples;

/** Test helpers: a sheet's rows as a list. */
final class Rows {
    static final Path SAMPLES = Samples.DIR;

    private Rows() {
    }

    static List<SheetRow> all(TableSheet sheet) throws ImportFileException {
        List<SheetRow> out = new ArrayList<>();
        try (CloseableIterator<SheetRow> rows = sheet.rows()) {
            rows.forEachRemaining(out::add);
        }
        return out;
    }

    static List<SheetRow> firstSheet(Path file) throws ImportFileException {
        try (TableFile f = TableFiles.open(file)) {
            return all(f.sheets().get(0));
        }
    }

    static SheetRow row(List<SheetRow> rows, int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    static SheetRow textRow(int number, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(Cell.text(t));
        }
        return new SheetRow(number, cells);
    }
}
