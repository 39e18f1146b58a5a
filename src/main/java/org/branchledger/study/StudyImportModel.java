package org.branchledger.study;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.i18n.Messages;
import org.branchledger.importing.ImportCounts;
import org.branchledger.importing.RowRejection;

/**
 * What the 导入学习记录 window shows after a file was read and checked (nothing written): the sheet and
 * shape read, each column and the field it was read as, for a file keyed by 姓名 the member each name
 * was matched to, the rejected rows, and what the import button would do. When the file says no 形式,
 * the window offers the choice of one for the whole file (the CLI's --kind). No window parts: tested
 * without one.
 */
final class StudyImportModel {
    /** A column as the mapping table lists it. */
    record ColumnRow(String letter, String header, String field) {
    }

    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<StudyImport.NameMatch> names = FXCollections.observableArrayList();
    private final ObservableList<RowRejection> rejections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sheetLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importText = new ReadOnlyStringWrapper(Messages.get("import.button.nothing"));
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper needsKind = new ReadOnlyBooleanWrapper(false);
    private StudyImport.Plan plan;

    /** A checked file. */
    void show(StudyImport.Plan checked) {
        plan = checked;
        problem.set("");
        String shape = Messages.get(checked.matrix() ? "studyImport.shape.matrix" : "studyImport.shape.list");
        sheetLine.set(checked.sheetName() == null ? shape : Messages.get("studyImport.sheet", checked.sheetName(), shape));
        columns.setAll(checked.columns().stream().map(c -> new ColumnRow(c.letter(), c.header(),
                c.field() == null ? Messages.get("import.mapping.ignore") : c.field())).toList());
        names.setAll(checked.names());
        rejections.setAll(checked.rejections());
        ImportCounts would = checked.wouldWrite();
        counts.set(Messages.get("studyImport.counts", checked.validRows(), would.imported(), would.updated(),
                would.unchanged(), would.rejected()));
        int valid = checked.validRows();
        importText.set(valid == 0 ? Messages.get("import.button.nothing")
                : would.rejected() > 0 ? Messages.get("import.button.valid", valid) : Messages.get("import.button.all"));
        canImport.set(valid > 0);
    }

    /** The file cannot be read as it is: the reason, and whether choosing a 形式 would help. */
    void refuse(String message, boolean kindWouldHelp) {
        plan = null;
        columns.clear();
        names.clear();
        rejections.clear();
        sheetLine.set("");
        counts.set("");
        problem.set(kindWouldHelp ? Messages.get("studyImport.needsKind") : message);
        needsKind.set(kindWouldHelp || needsKind.get());
        importText.set(Messages.get("import.button.nothing"));
        canImport.set(false);
    }

    /**
     * The options for the next check from what the window's fields say.
     *
     * @param kind  the chosen 形式, or null
     * @param hours the typed 学时, or blank
     * @throws IllegalArgumentException with a Chinese message for hours that are no 学时
     */
    static StudyImport.Options options(String kind, String hours) {
        Integer tenths = hours == null || hours.isBlank() ? null : Hours.parse(StudyImport.withoutUnit(hours));
        return new StudyImport.Options(kind == null || kind.isBlank() ? null : kind, tenths);
    }

    static List<String> kinds() {
        return StudyImport.kindLabels();
    }

    StudyImport.Plan plan() {
        return plan;
    }

    ObservableList<ColumnRow> columns() {
        return columns;
    }

    ObservableList<StudyImport.NameMatch> names() {
        return names;
    }

    ObservableList<RowRejection> rejections() {
        return rejections;
    }

    ReadOnlyStringProperty sheetLine() {
        return sheetLine.getReadOnlyProperty();
    }

    ReadOnlyStringProperty counts() {
        return counts.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty importText() {
        return importText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canImport() {
        return canImport.getReadOnlyProperty();
    }

    /** Once a file said no 形式, the choice stays offered. */
    ReadOnlyBooleanProperty needsKind() {
        return needsKind.getReadOnlyProperty();
    }
}
