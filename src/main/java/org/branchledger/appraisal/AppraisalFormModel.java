package org.branchledger.appraisal;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.branchledger.core.i18n.Messages;

/**
 * The per-member form of the 民主评议 screen without its controls: the counts as typed, what the rule makes
 * of them while typing, and whether the record may be saved (counts are whole numbers; a final grade that
 * differs from the suggestion has a reason; a 预备党员 gets no grade).
 */
public final class AppraisalFormModel {
    public final StringProperty self = new SimpleStringProperty("");
    public final StringProperty excellent = new SimpleStringProperty("");
    public final StringProperty qualified = new SimpleStringProperty("");
    public final StringProperty basic = new SimpleStringProperty("");
    public final StringProperty failed = new SimpleStringProperty("");
    public final StringProperty satisfied = new SimpleStringProperty("");
    public final StringProperty basicSatisfied = new SimpleStringProperty("");
    public final StringProperty unsatisfied = new SimpleStringProperty("");
    public final StringProperty fiveLead = new SimpleStringProperty("");
    public final ObjectProperty<AppraisalGrade> grade = new SimpleObjectProperty<>();
    public final StringProperty reason = new SimpleStringProperty("");

    private final ObjectProperty<MemberAppraisal> member = new SimpleObjectProperty<>();
    private final ObjectProperty<AppraisalRule.Thresholds> thresholds =
            new SimpleObjectProperty<>(AppraisalRule.Thresholds.DEFAULT);
    private final ObjectBinding<AppraisalRule.Judgement> judgement;
    private final StringBinding countsError;
    private final BooleanBinding reasonRequired;
    private final BooleanBinding valid;
    private final BooleanBinding dirty;
    private final List<StringProperty> counts = List.of(excellent, qualified, basic, failed, satisfied,
            basicSatisfied, unsatisfied);

    public AppraisalFormModel() {
        ObservableValue<?>[] inputs = {excellent, qualified, basic, failed, satisfied, basicSatisfied, unsatisfied,
            member, thresholds};
        countsError = Bindings.createStringBinding(() -> {
            for (StringProperty c : counts) {
                if (count(c.get()) < 0) {
                    return Messages.get("appraisal.form.badCount", c.get().strip());
                }
            }
            return "";
        }, inputs);
        judgement = Bindings.createObjectBinding(() -> countsError.get().isEmpty() && member.get() != null
                ? AppraisalRule.judge(member.get().probationary(), tally(), mass(), thresholds.get()) : null,
                countsError, member, thresholds);
        reasonRequired = Bindings.createBooleanBinding(() -> judgement.get() != null
                && AppraisalRule.needsReason(judgement.get(), grade.get()), judgement, grade);
        valid = Bindings.createBooleanBinding(() -> member.get() != null && countsError.get().isEmpty()
                && !(reasonRequired.get() && reason.get().isBlank())
                && !(member.get().probationary() && grade.get() != null)
                && self.get().length() <= 2000 && reason.get().length() <= 500 && fiveLead.get().length() <= 200,
                member, countsError, reasonRequired, reason, grade, self, fiveLead);
        dirty = Bindings.createBooleanBinding(() -> member.get() != null && !entry().equals(
                normalised(member.get().entry())), inputsWith(self, fiveLead, grade, reason));
    }

    private ObservableValue<?>[] inputsWith(ObservableValue<?>... more) {
        ObservableValue<?>[] all = new ObservableValue<?>[counts.size() + more.length + 1];
        for (int i = 0; i < counts.size(); i++) {
            all[i] = counts.get(i);
        }
        System.arraycopy(more, 0, all, counts.size(), more.length);
        all[all.length - 1] = member;
        return all;
    }

    /** Shows a member's record in the form. */
    public void load(MemberAppraisal m, AppraisalRule.Thresholds t) {
        thresholds.set(t);
        member.set(null);
        AppraisalEntry e = m.entry();
        self.set(text(e.selfAssessment()));
        excellent.set(String.valueOf(e.votes().excellent()));
        qualified.set(String.valueOf(e.votes().qualified()));
        basic.set(String.valueOf(e.votes().basic()));
        failed.set(String.valueOf(e.votes().failed()));
        satisfied.set(String.valueOf(e.mass().satisfied()));
        basicSatisfied.set(String.valueOf(e.mass().basic()));
        unsatisfied.set(String.valueOf(e.mass().unsatisfied()));
        fiveLead.set(text(e.fiveLead()));
        grade.set(e.finalGrade());
        reason.set(text(e.reason()));
        member.set(m);
    }

    /** The seven counts as typed: 测评票 优秀, 合格, 基本合格, 不合格; 群众 满意, 基本满意, 不满意. */
    public List<StringProperty> counts() {
        return counts;
    }

    public ObjectProperty<MemberAppraisal> member() {
        return member;
    }

    public ObjectBinding<AppraisalRule.Judgement> judgement() {
        return judgement;
    }

    public StringBinding countsError() {
        return countsError;
    }

    public BooleanBinding reasonRequired() {
        return reasonRequired;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** The form differs from what is stored. */
    public BooleanBinding dirty() {
        return dirty;
    }

    /** 满意度 as typed so far, {@code —} without answers or with a bad count. */
    public String satisfactionText() {
        return countsError.get().isEmpty() ? mass().satisfactionText() : "—";
    }

    /** The record the form describes (call only when {@link #valid}). */
    public AppraisalEntry entry() {
        MemberAppraisal m = member.get();
        AppraisalEntry e = m.entry();
        return new AppraisalEntry(e.id(), e.roundId(), e.memberId(), blank(self.get()), safeTally(), safeMass(),
                blank(fiveLead.get()), grade.get(), blank(reason.get()));
    }

    /** The record as the form loaded it, which its save is checked against (decision 0025). */
    public AppraisalEntry loaded() {
        return member.get().entry();
    }

    private static AppraisalEntry normalised(AppraisalEntry e) {
        return new AppraisalEntry(e.id(), e.roundId(), e.memberId(), blank(e.selfAssessment()), e.votes(), e.mass(),
                blank(e.fiveLead()), e.finalGrade(), blank(e.reason()));
    }

    AppraisalRule.Tally tally() {
        return new AppraisalRule.Tally(count(excellent.get()), count(qualified.get()), count(basic.get()),
                count(failed.get()));
    }

    AppraisalRule.Mass mass() {
        return new AppraisalRule.Mass(count(satisfied.get()), count(basicSatisfied.get()), count(unsatisfied.get()));
    }

    private AppraisalRule.Tally safeTally() {
        return countsError.get().isEmpty() ? tally() : AppraisalRule.Tally.NONE;
    }

    private AppraisalRule.Mass safeMass() {
        return countsError.get().isEmpty() ? mass() : AppraisalRule.Mass.NONE;
    }

    /** A typed count: blank is 0; -1 when it is not a whole number from 0 to 999999. */
    static int count(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        return t.matches("\\d{1,6}") ? Integer.parseInt(t) : -1;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return Objects.toString(member.get());
    }
}
