package org.branchledger.study;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.branchledger.core.i18n.Messages;

/**
 * 党员学时: every current member's hours for the year, as on the 党员学时统计表. Members short of the
 * rule are drawn in red ({@code :short-of-hours}) and can be shown alone.
 */
final class StudyViewHours {
    static final PseudoClass SHORT = PseudoClass.getPseudoClass("short-of-hours");

    private final TableColumn<MemberHours, String> shareColumn;

    StudyViewHours(TableView<MemberHours> table, ObservableList<MemberHours> hours, CheckBox onlyShort,
                   ObservableValue<Number> fontPixels) {
        FilteredList<MemberHours> shown = new FilteredList<>(hours);
        onlyShort.selectedProperty().addListener((obs, old, only) ->
                shown.setPredicate(only ? h -> !h.standing().compliant() : null));
        table.setItems(shown);
        table.setPlaceholder(new Label(Messages.get("studyScreen.hours.placeholder")));
        StudyViewColumns<MemberHours> columns = new StudyViewColumns<>(table, fontPixels);
        columns.number(3);
        columns.text("studyScreen.hours.col.name", h -> h.member().name(), 7);
        hours(columns, "studyScreen.hours.col.centralised", h -> h.standing().centralised());
        hours(columns, "studyScreen.hours.col.self", h -> h.standing().self());
        hours(columns, "studyScreen.hours.col.total", h -> h.standing().total());
        hours(columns, "studyScreen.hours.col.required", h -> h.standing().required());
        shareColumn = columns.text("studyScreen.hours.col.share",
                h -> StudyPageModel.yesNo(h.standing().centralisedEnough()), 6, "2/3");
        columns.text("studyScreen.hours.col.compliant", h -> StudyPageModel.yesNo(h.standing().compliant()), 4)
                .setCellFactory(c -> new VerdictCell());
        columns.text("studyScreen.hours.col.missing", h -> h.standing().missingInWords(), 18);
        columns.flex(columns.text("studyScreen.hours.col.topics", StudyPageModel::topicsMissing, 14));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MemberHours h, boolean empty) {
                super.updateItem(h, empty);
                pseudoClassStateChanged(SHORT, !empty && h != null && !h.standing().compliant());
            }
        });
    }

    /** The 集中达 2/3 heading follows the year's fraction. */
    void fraction(String fraction) {
        shareColumn.setText(Messages.get("studyScreen.hours.col.share", fraction));
    }

    private static void hours(StudyViewColumns<MemberHours> columns, String key, Function<MemberHours, Integer> tenths) {
        columns.text(key, h -> Hours.format(tenths.apply(h)), 4.5).getStyleClass().add("number-column");
    }

    /** 是 / 否, the 否 in bold red. */
    private static final class VerdictCell extends TableCell<MemberHours, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            getStyleClass().remove("verdict-no");
            if (!empty && StudyPageModel.yesNo(false).equals(text)) {
                getStyleClass().add("verdict-no");
            }
        }
    }
}
