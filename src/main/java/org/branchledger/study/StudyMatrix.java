package org.branchledger.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.branchledger.core.Progress;
import org.branchledger.importing.Cell;
import org.branchledger.importing.CloseableIterator;
import org.branchledger.importing.ColumnSpec;
import org.branchledger.importing.DataRows;
import org.branchledger.importing.HeaderDetector;
import org.branchledger.importing.ImportFileError;
import org.branchledger.importing.ImportFileException;
import org.branchledger.importing.SheetRow;
import org.branchledger.importing.TableFile;
import org.branchledger.importing.TableFiles;
import org.branchledger.importing.TableSheet;

/**
 * A sign-in matrix (签到汇总表) as read from a sheet: a row per member (姓名, optionally 公民身份号码), a
 * column per session whose header holds its date, 形式 and 学时, in one cell or in stacked header rows
 * (the rows right above or below the 姓名 header). Columns without a date in their header (序号, 学号,
 * 合计 …) are not sessions and are left alone.
 */
final class StudyMatrix {
    private static final ColumnSpec NAME = ColumnSpec.required("姓名", "党员姓名");
    private static final ColumnSpec ID = ColumnSpec.optional("公民身份号码", "公民身份证号", "身份证号", "身份证号码");
    /** Lines under the member rows whose name cell says they are totals. */
    private static final Pattern TOTAL_LINE = Pattern.compile("(合计|总计|小计|应到|实到|出席人数|参加人数|缺席人数|请假人数|出勤率|到会率).*");
    private static final int MAX_STACKED = 2;

    /** A session column: its place, its header as one line, and what the header says. */
    record Column(int index, String header, SessionHeader session) {
        String letter() {
            return SheetRow.columnLetter(index);
        }

        /** How messages name it: 第C列“2026.3.8 党课”. */
        String named() {
            return "第" + letter() + "列“" + header + "”";
        }
    }

    /** A member's row: the 姓名 and 公民身份号码 cells and one cell per session column. */
    record MemberRow(int number, Cell name, Cell id, List<Cell> marks) {
    }

    private final String sheetName;
    private final int nameColumn;
    private final int idColumn;
    private final List<String> headerTexts;
    private final List<Column> sessions;
    private final List<MemberRow> rows;

    private StudyMatrix(String sheetName, int nameColumn, int idColumn, List<String> headerTexts, List<Column> sessions,
                        List<MemberRow> rows) {
        this.sheetName = sheetName;
        this.nameColumn = nameColumn;
        this.idColumn = idColumn;
        this.headerTexts = headerTexts;
        this.sessions = sessions;
        this.rows = rows;
    }

    /**
     * The first sheet that is a sign-in matrix, read; empty when the workbook's first recognised sheet is
     * a one-row-per-record table ({@code longForm}) or no sheet is a matrix.
     */
    static Optional<StudyMatrix> read(Path file, List<ColumnSpec> longForm, Progress progress) throws ImportFileException {
        try (TableFile table = TableFiles.open(file)) {
            for (TableSheet sheet : table.sheets()) {
                if (sheet.hidden()) {
                    continue;
                }
                List<SheetRow> leading = leadingRows(sheet);
                if (HeaderDetector.detect(leading, longForm).filter(m -> m.complete()).isPresent()) {
                    return Optional.empty();
                }
                Optional<StudyMatrix> m = detect(sheet, leading, table.sheets().size() > 1 ? sheet.name() : null, progress);
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        } catch (ImportFileError e) {
            throw e.exception();
        }
    }

    private static List<SheetRow> leadingRows(TableSheet sheet) throws ImportFileException {
        List<SheetRow> leading = new ArrayList<>();
        try (CloseableIterator<SheetRow> it = sheet.rows()) {
            while (it.hasNext() && leading.size() < HeaderDetector.LEADING_ROWS) {
                SheetRow row = it.next();
                if (!row.blank()) {
                    leading.add(row);
                }
            }
        }
        return leading;
    }

    private static Optional<StudyMatrix> detect(TableSheet sheet, List<SheetRow> leading, String sheetName,
                                                Progress progress) throws ImportFileException {
        int at = -1;
        int nameCol = -1;
        for (int i = 0; i < leading.size() && at < 0; i++) {
            nameCol = find(leading.get(i), NAME);
            at = nameCol >= 0 ? i : -1;
        }
        if (at < 0) {
            return Optional.empty();
        }
        SheetRow nameRow = leading.get(at);
        int idCol = find(nameRow, ID);
        List<SheetRow> block = new ArrayList<>();
        for (int i = at - 1; i >= 0 && at - i <= MAX_STACKED; i--) {
            SheetRow above = leading.get(i);
            if (above.number() != leading.get(i + 1).number() - 1 || !headerLike(above, nameCol, idCol)) {
                break;
            }
            block.add(0, above);
        }
        block.add(nameRow);
        for (int i = at + 1; i < leading.size() && i - at <= MAX_STACKED; i++) {
            SheetRow below = leading.get(i);
            if (below.number() != leading.get(i - 1).number() + 1 || !below.cell(nameCol).blank()
                    || idCol >= 0 && !below.cell(idCol).blank() || !headerLike(below, nameCol, idCol)) {
                break;
            }
            block.add(below);
        }
        int width = block.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        List<String> texts = new ArrayList<>();
        List<Column> sessions = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<Cell> parts = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (SheetRow r : block) {
                Cell cell = r.cell(c);
                parts.add(cell);
                if (!cell.blank()) {
                    words.add(oneLine(cell.text()));
                }
            }
            String header = String.join(" ", words);
            texts.add(header);
            if (c <= nameCol || c == idCol || header.isEmpty()) {
                continue; // sessions are to the right of the names
            }
            SessionHeader parsed = SessionHeader.parse(parts);
            if (parsed.date() != null || parsed.badDate() != null) {
                sessions.add(new Column(c, header, parsed));
            }
        }
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        int lastHeaderRow = block.get(block.size() - 1).number();
        return Optional.of(new StudyMatrix(sheetName, nameCol, idCol, texts, sessions,
                memberRows(sheet, lastHeaderRow, nameCol, idCol, sessions, progress)));
    }

    private static List<MemberRow> memberRows(TableSheet sheet, int lastHeaderRow, int nameCol, int idCol,
                                              List<Column> sessions, Progress progress) throws ImportFileException {
        List<MemberRow> rows = new ArrayList<>();
        try (CloseableIterator<SheetRow> it = sheet.rows()) {
            while (it.hasNext()) {
                SheetRow row = it.next();
                if (row.number() <= lastHeaderRow || row.blank()) {
                    continue;
                }
                Cell name = row.cell(nameCol);
                if (DataRows.isFooter(row) || name.kind() == Cell.Kind.TEXT && TOTAL_LINE.matcher(name.text().strip()).matches()) {
                    break;
                }
                List<Cell> marks = sessions.stream().map(s -> row.cell(s.index())).toList();
                Cell id = idCol < 0 ? Cell.BLANK : row.cell(idCol);
                if (name.blank() && id.blank() && marks.stream().allMatch(Cell::blank)) {
                    continue; // a 序号 with nothing else: an unused line of the form
                }
                if (rows.size() % 200 == 0 && progress.cancelled()) {
                    throw new CancellationException();
                }
                rows.add(new MemberRow(row.number(), name, id, marks));
            }
        }
        return rows;
    }

    /** A row of a stacked header: right of the names, no attendance marks and at least one date, 形式 or 学时. */
    private static boolean headerLike(SheetRow row, int nameCol, int idCol) {
        boolean any = false;
        for (int c = nameCol + 1; c < row.cells().size(); c++) {
            Cell cell = row.cell(c);
            if (c == idCol || cell.blank()) {
                continue;
            }
            if (cell.kind() == Cell.Kind.TEXT && AttendanceMark.read(cell.text(), null).status() != null) {
                return false;
            }
            SessionHeader h = SessionHeader.parse(List.of(cell));
            any |= h.date() != null || h.kind() != null || h.hoursText() != null;
        }
        return any;
    }

    private static int find(SheetRow row, ColumnSpec spec) {
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cell(c);
            if (cell.kind() == Cell.Kind.TEXT && spec.matches(cell.text())) {
                return c;
            }
        }
        return -1;
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    String sheetName() {
        return sheetName;
    }

    boolean hasIdColumn() {
        return idColumn >= 0;
    }

    List<Column> sessions() {
        return sessions;
    }

    List<MemberRow> rows() {
        return rows;
    }

    /** The header of a column as one line, or the given name when it has none. */
    String columnName(int column, String orElse) {
        return column >= 0 && column < headerTexts.size() && !headerTexts.get(column).isEmpty()
                ? headerTexts.get(column) : orElse;
    }

    String nameColumnName() {
        return columnName(nameColumn, "姓名");
    }

    String idColumnName() {
        return columnName(idColumn, "公民身份号码");
    }

    int nameColumn() {
        return nameColumn;
    }

    int idColumn() {
        return idColumn;
    }

    List<String> headerTexts() {
        return headerTexts;
    }
}
