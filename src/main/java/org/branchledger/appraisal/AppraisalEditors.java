package org.branchledger.appraisal;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/** The 民主评议 screen's dialogs: the round (dates, 公示期, thresholds), 销号 of a 整改事项, a follow-up. */
final class AppraisalEditors {
    private AppraisalEditors() {
    }

    /** 评议设置: the round's dates, its 公示期 and its three thresholds. */
    static void round(Window owner, double px, AppraisalService service, Tasks tasks, Dialogs dialogs,
                      AppraisalRound round, Runnable onSaved) {
        TextField started = AppraisalDialogs.text("roundStarted", date(round.startedOn()), 20);
        TextField ended = AppraisalDialogs.text("roundEnded", date(round.endedOn()), 20);
        TextField noticeFrom = AppraisalDialogs.text("roundNoticeFrom", date(round.noticeFrom()), 20);
        TextField noticeTo = AppraisalDialogs.text("roundNoticeTo", date(round.noticeTo()), 20);
        AppraisalRule.Thresholds t = round.thresholds();
        TextField fail = AppraisalDialogs.text("roundFailShare", t.failShare().text(), 10);
        TextField satisfaction = AppraisalDialogs.text("roundSatisfaction", t.satisfactionMin().text(), 10);
        TextField excellent = AppraisalDialogs.text("roundExcellentCap", t.excellentCap().text(), 10);
        StringBinding startedError = dayError(started);
        StringBinding endedError = Bindings.createStringBinding(() -> {
            String e = AppraisalDialogs.dayError(ended.getText(), false);
            if (e.isEmpty() && startedError.get().isEmpty() && !started.getText().isBlank()
                    && !ended.getText().isBlank()
                    && AppraisalDialogs.day(ended.getText()).isBefore(AppraisalDialogs.day(started.getText()))) {
                return Messages.get("appraisal.round.endBeforeStart");
            }
            return e;
        }, ended.textProperty(), started.textProperty(), startedError);
        StringBinding fromError = dayError(noticeFrom);
        StringBinding toError = dayError(noticeTo);
        StringBinding failError = fractionError(fail);
        StringBinding satisfactionError = fractionError(satisfaction);
        StringBinding excellentError = fractionError(excellent);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> Arrays.asList(startedError, endedError, fromError,
                toError, failError, satisfactionError, excellentError).stream().allMatch(b -> b.get().isEmpty()),
                startedError, endedError, fromError, toError, failError, satisfactionError, excellentError);
        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "appraisal.round.started", started, startedError);
        row = Forms.field(grid, row, "appraisal.round.ended", ended, endedError);
        row = Forms.field(grid, row, "appraisal.round.noticeFrom", noticeFrom, fromError);
        row = Forms.field(grid, row, "appraisal.round.noticeTo", noticeTo, toError);
        row = Forms.field(grid, row, "appraisal.round.failShare", fail, failError);
        row = Forms.field(grid, row, "appraisal.round.satisfaction", satisfaction, satisfactionError);
        Forms.field(grid, row, "appraisal.round.excellentCap", excellent, excellentError);
        Label hint = new Label(Messages.get("appraisal.round.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("field-hint");
        hint.setMaxWidth(520);
        EditBase<AppraisalRound> base = new EditBase<>(AppraisalRound.class, round); // saves check it (decision 0025)
        AppraisalDialogs.show(owner, px, Messages.get("appraisal.round.title", round.year()), new VBox(8, grid, hint),
                "appraisal.round.save", "roundSave", valid, tasks, dialogs, () -> {
                    AppraisalRound loaded = base.get();
                    AppraisalRound changed = new AppraisalRound(round.id(), round.branchId(), round.year(),
                            AppraisalDialogs.optionalDay(started.getText()), AppraisalDialogs.optionalDay(ended.getText()),
                            AppraisalDialogs.optionalDay(noticeFrom.getText()),
                            AppraisalDialogs.optionalDay(noticeTo.getText()), new AppraisalRule.Thresholds(
                                    Fraction.parse(fail.getText()), Fraction.parse(satisfaction.getText()),
                                    Fraction.parse(excellent.getText())));
                    return () -> service.saveRound(loaded, changed);
                }, base, onSaved, started);
    }

    /** 销号: the day and what was done. */
    static void closeRectification(Window owner, double px, AppraisalService service, Tasks tasks, Dialogs dialogs,
                                   Rectification item, String memberName, Runnable onSaved) {
        TextField on = AppraisalDialogs.text("closeDate", service.today().toString(), 20);
        TextArea note = AppraisalDialogs.area("closeNote", "", 500);
        StringBinding onError = Bindings.createStringBinding(() -> {
            String e = AppraisalDialogs.dayError(on.getText(), true);
            if (e.isEmpty() && AppraisalDialogs.day(on.getText()).isBefore(item.openedOn())) {
                return Messages.get("appraisal.close.beforeOpened", item.openedOn().toString());
            }
            return e;
        }, on.textProperty());
        BooleanBinding valid = Bindings.createBooleanBinding(() -> onError.get().isEmpty()
                && !note.getText().isBlank(), onError, note.textProperty());
        GridPane grid = Forms.form();
        Label issue = new Label(item.issue());
        issue.setWrapText(true);
        issue.setMaxWidth(460);
        int row = Forms.field(grid, 0, "appraisal.close.issue", issue, null);
        row = Forms.field(grid, row, "appraisal.close.date", on, onError);
        Forms.field(grid, row, "appraisal.close.note", note, null);
        EditBase<Rectification> base = new EditBase<>(Rectification.class, item); // saves check it (decision 0025)
        AppraisalDialogs.show(owner, px, Messages.get("appraisal.close.title", memberName), grid, "appraisal.close.save",
                "closeSave", valid, tasks, dialogs, () -> {
                    LocalDate day = AppraisalDialogs.day(on.getText());
                    String text = note.getText();
                    Rectification loaded = base.get();
                    return () -> {
                        service.closeRectification(loaded, day, text);
                        return loaded;
                    };
                }, base, onSaved, note);
    }

    /** 不合格党员处置: 限期改正 with its deadline (at most a year), 劝退 or 除名. */
    static void followUp(Window owner, double px, AppraisalService service, Tasks tasks, Dialogs dialogs, int year,
                         MemberAppraisal member, FollowUp existing, Runnable onSaved) {
        ChoiceBox<FollowUpKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(FollowUpKind.values()));
        kind.setId("followUpKind");
        kind.setValue(existing == null ? FollowUpKind.CORRECT : existing.kind());
        TextField decided = AppraisalDialogs.text("followUpDecided",
                existing == null ? service.today().toString() : existing.decidedOn().toString(), 20);
        TextField deadline = AppraisalDialogs.text("followUpDeadline", existing == null ? "" : date(existing.deadline()),
                20);
        deadline.disableProperty().bind(kind.valueProperty().isNotEqualTo(FollowUpKind.CORRECT));
        TextArea note = AppraisalDialogs.area("followUpNote", existing == null ? "" : existing.note(), 500);
        StringBinding decidedError = Bindings.createStringBinding(
                () -> AppraisalDialogs.dayError(decided.getText(), true), decided.textProperty());
        StringBinding deadlineError = Bindings.createStringBinding(() -> {
            if (kind.getValue() != FollowUpKind.CORRECT) {
                return "";
            }
            String e = AppraisalDialogs.dayError(deadline.getText(), true);
            if (!e.isEmpty() || !decidedError.get().isEmpty()) {
                return e;
            }
            String problem = AppraisalService.problem(new FollowUp(null, 0, 0, kind.getValue(),
                    AppraisalDialogs.day(decided.getText()), AppraisalDialogs.day(deadline.getText()), null));
            return problem == null ? "" : problem;
        }, kind.valueProperty(), deadline.textProperty(), decided.textProperty(), decidedError);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> kind.getValue() != null
                && decidedError.get().isEmpty() && deadlineError.get().isEmpty(), kind.valueProperty(), decidedError,
                deadlineError);
        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "appraisal.followUp.kind", kind, null);
        row = Forms.field(grid, row, "appraisal.followUp.decided", decided, decidedError);
        row = Forms.field(grid, row, "appraisal.followUp.deadline", deadline, deadlineError);
        Forms.field(grid, row, "appraisal.followUp.note", note, null);
        long memberId = member.member().id();
        EditBase<FollowUp> base = new EditBase<>(FollowUp.class,
                existing == null ? AppraisalService.noFollowUp(memberId) : existing); // saves check it (decision 0025)
        AppraisalDialogs.show(owner, px, Messages.get("appraisal.followUp.title", member.member().name()), grid,
                "appraisal.followUp.save", "followUpSave", valid, tasks, dialogs, () -> {
                    FollowUp f = new FollowUp(null, 0, memberId, kind.getValue(), AppraisalDialogs.day(decided.getText()),
                            kind.getValue() == FollowUpKind.CORRECT ? AppraisalDialogs.day(deadline.getText()) : null,
                            note.getText());
                    FollowUp loaded = base.get();
                    return () -> service.saveFollowUp(member.member().branchId(), year, loaded, f);
                }, base, onSaved, kind);
    }

    private static StringBinding dayError(TextField field) {
        return Bindings.createStringBinding(() -> AppraisalDialogs.dayError(field.getText(), false),
                field.textProperty());
    }

    private static StringBinding fractionError(TextField field) {
        return Bindings.createStringBinding(() -> {
            try {
                Fraction.parse(field.getText());
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, field.textProperty());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
