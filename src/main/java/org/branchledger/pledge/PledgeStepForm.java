package org.branchledger.pledge;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;
import org.branchledger.pledge.PledgeSteps.Step;

/**
 * The dialog of one step of a pledge's life (审诺, 示诺, 登记进展, 述诺, 评诺, 说明), without the window: what is
 * typed, checked as it is typed (a date to the day, never before the step it follows; the text a step needs;
 * the 评诺's verdict and satisfaction), and what saving it stores. Its messages are {@code pledge.dialog.<step>…}.
 */
final class PledgeStepForm {
    /** What the form holds once valid: the step's date, its text (the meeting, the progress, …), the 评诺. */
    record Entry(LocalDate on, String text, Verdict verdict, Integer satisfactionTenths) {
    }

    private final Step step;
    private final Pledge pledge;
    private final String who;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty satisfaction = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper satisfactionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    /**
     * The form for {@code step} of {@code p}, filled with what the pledge already says of that step (a step done
     * again is corrected, not repeated), its date today when it has none; 登记进展 always starts empty, today.
     */
    PledgeStepForm(Step step, PledgeView v, LocalDate today) {
        if (step == Step.EDIT) {
            throw new IllegalArgumentException("编辑 is the pledge form, not a step form");
        }
        Pledge p = v.pledge();
        this.step = step;
        this.pledge = p;
        this.who = v.who() == null ? "" : v.who();
        LocalDate on = switch (step) {
            case APPROVE -> p.approvedOn();
            case PUBLISH -> p.publishedOn();
            case REPORT -> p.reportedOn();
            case EVALUATE -> p.evaluatedOn();
            case EXPLAIN -> p.explainedOn();
            default -> null;
        };
        date.set((on != null ? on : today).toString());
        String written = switch (step) {
            case APPROVE -> p.approvedMeeting();
            case REPORT -> p.report();
            case EXPLAIN -> p.explanation();
            default -> null;
        };
        text.set(written == null ? "" : written);
        if (step == Step.EVALUATE) {
            verdict.set(p.verdict());
            satisfaction.set(p.satisfactionTenths() == null ? "" : Satisfaction.format(p.satisfactionTenths()));
        }
        Stream.<Observable>of(date, text, verdict, satisfaction).forEach(o -> o.addListener(x -> check()));
        check();
    }

    Step step() {
        return step;
    }

    /** The message of this step's {@code part} (Title, Date, Text): pledge.dialog.approveTitle, …. */
    String key(String part) {
        return "pledge.dialog." + step.name().toLowerCase(java.util.Locale.ROOT) + part;
    }

    /** The dialog's title: the step and whose pledge, its content cut to 24 characters. */
    String title() {
        return Messages.get(key("Title"), subject(who, pledge));
    }

    /** The message key of the step's text label: 审议会议, 进展, 述诺情况, 未兑现原因及今后打算. */
    String textKey() {
        return step == Step.APPROVE ? "pledge.dialog.approveMeeting" : key("Text");
    }

    /** What the empty text field suggests. */
    String textPrompt() {
        return switch (step) {
            case APPROVE -> Messages.get("pledge.dialog.approveMeetingPrompt");
            case REPORT -> Messages.get("pledge.dialog.reportTextPrompt");
            default -> "";
        };
    }

    /** Whether the step has a text beside its date: the meeting of 审诺, the progress, the report, the 说明. */
    boolean hasText() {
        return step != Step.PUBLISH && step != Step.EVALUATE;
    }

    /** Whether that text must be written (a progress entry and a 说明 are nothing without it). */
    boolean textRequired() {
        return step == Step.PROGRESS || step == Step.EXPLAIN;
    }

    StringProperty date() {
        return date;
    }

    StringProperty text() {
        return text;
    }

    ObjectProperty<Verdict> verdict() {
        return verdict;
    }

    StringProperty satisfaction() {
        return satisfaction;
    }

    ReadOnlyStringProperty dateError() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty satisfactionError() {
        return satisfactionError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** What was typed; only while {@link #valid()}. */
    Entry entry() {
        return new Entry(day(date.get()), text.get(), verdict.get(),
                satisfaction.get().isBlank() ? null : Satisfaction.parse(satisfaction.get(), false));
    }

    /** The work of saving what was typed, read now (on the FX thread) and run later in the background. */
    Callable<Object> save(PledgeService pledges) {
        if (step == Step.PROGRESS) {
            Entry e = entry();
            long id = pledge.id();
            return () -> pledges.addProgress(id, e.on(), e.text());
        }
        Callable<Pledge> work = saveStep(pledges, pledge);
        return work::call;
    }

    /**
     * The work of a step that changes the pledge's own columns, checked against {@code loaded}: the pledge as the
     * dialog loaded it, or as it was when the user chose to overwrite (decision 0025).
     */
    Callable<Pledge> saveStep(PledgeService pledges, Pledge loaded) {
        Entry e = entry();
        return switch (step) {
            case APPROVE -> () -> pledges.approve(loaded, e.on(), e.text());
            case PUBLISH -> () -> pledges.publish(loaded, e.on());
            case REPORT -> () -> pledges.report(loaded, e.on(), e.text());
            case EVALUATE -> () -> pledges.evaluate(loaded, e.verdict(), e.on(), e.satisfactionTenths());
            case EXPLAIN -> () -> pledges.explain(loaded, e.on(), e.text());
            case EDIT, PROGRESS -> throw new IllegalStateException();
        };
    }

    private void check() {
        String error = dateError(date.get());
        if (error.isEmpty() && !date.get().isBlank()) {
            // the same words the service would refuse it with, while typing
            error = PledgeSteps.refusal(pledge, step, day(date.get()))
                    .filter(r -> r.reason() == PledgeSteps.Reason.DATE_BEFORE).map(PledgeSteps.Refusal::message)
                    .orElse("");
        }
        dateError.set(error);
        boolean dateOk = error.isEmpty() && !date.get().isBlank();
        String sat = "";
        if (!satisfaction.get().isBlank()) {
            try {
                Satisfaction.parse(satisfaction.get(), false);
            } catch (IllegalArgumentException e) {
                sat = e.getMessage();
            }
        }
        satisfactionError.set(sat);
        valid.set(dateOk && (!textRequired() || !text.get().isBlank()) && sat.isEmpty()
                && (step != Step.EVALUATE || verdict.get() != null));
    }

    /** 张三“每月走访联系的 3 户困难群众，帮助解决实际困难”: who, and the content cut to 24 characters. */
    static String subject(String who, Pledge p) {
        String content = p.content();
        return who + "“" + (content.length() > 24 ? content.substring(0, 24) + "…" : content) + "”";
    }

    /** A day from what was typed (any form the app reads); null when blank. */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            PartialDate d = DateParser.parse(text.strip());
            if (d.monthPrecision()) {
                throw new IllegalArgumentException(Messages.get("pledge.dialog.dayNeeded"));
            }
            return d.firstDay();
        } catch (DateParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Why what was typed is not a day, empty when it is one (or is blank). */
    static String dateError(String text) {
        try {
            day(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage() == null ? "" : e.getMessage();
        }
    }
}
