package org.branchledger.study;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.branchledger.core.i18n.Messages;
import org.branchledger.study.StudyPageModel.SessionRow;

/** The year's sessions by date: 日期, 形式, 主题, 学时, 应到, 实到. */
final class StudyViewSessions {
    private StudyViewSessions() {
    }

    static void install(TableView<SessionRow> table, ObservableValue<Number> fontPixels) {
        table.setPlaceholder(new Label(Messages.get("studyScreen.sessions.placeholder")));
        StudyViewColumns<SessionRow> columns = new StudyViewColumns<>(table, fontPixels);
        columns.text("studyScreen.sessions.col.date", SessionRow::date, 6.5);
        columns.text("studyScreen.sessions.col.kind", r -> r.session().kind().label(), 7);
        columns.flex(columns.text("studyScreen.sessions.col.topic", r -> r.session().topic(), 8));
        columns.text("studyScreen.sessions.col.hours", SessionRow::hours, 3.5).getStyleClass().add("number-column");
        columns.text("studyScreen.sessions.col.expected", r -> String.valueOf(r.expected()), 3)
                .getStyleClass().add("number-column");
        columns.text("studyScreen.sessions.col.present", r -> String.valueOf(r.present()), 3)
                .getStyleClass().add("number-column");
        table.getColumns().forEach(c -> c.setSortable(false));
    }
}
