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
        // 主题 takes the width the others leave and wraps: at 特大 no column is cut (nor 实到 pushed out of sight).
        columns.text("studyScreen.sessions.col.date", SessionRow::date, 6);
        columns.wrapping(columns.text("studyScreen.sessions.col.kind", r -> r.session().kind().label(), 4.6));
        columns.flex(columns.wrapping(columns.text("studyScreen.sessions.col.topic", r -> r.session().topic(), 5)));
        columns.text("studyScreen.sessions.col.hours", SessionRow::hours, 3).getStyleClass().add("number-column");
        columns.text("studyScreen.sessions.col.expected", r -> String.valueOf(r.expected()), 3)
                .getStyleClass().add("number-column");
        columns.text("studyScreen.sessions.col.present", r -> String.valueOf(r.present()), 3)
                .getStyleClass().add("number-column");
        table.getColumns().forEach(c -> c.setSortable(false));
    }
}
