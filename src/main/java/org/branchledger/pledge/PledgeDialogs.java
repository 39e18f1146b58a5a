package org.branchledger.pledge;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.Member;

/** The pledge screen's dialogs: the pledge itself, each step of its life, a leader's comment, an activity record. */
final class PledgeDialogs {
    /** What every dialog needs from the page. */
    record Context(Window owner, double fontPixels, PledgeService pledges, Tasks tasks, Dialogs dialogs,
                   long branchId, int year, List<Member> members, String secretary, Runnable onSaved,
                   java.util.function.Consumer<Pledge> onPledgeSaved) {
    }

    private static final String BRANCH = Messages.get("pledge.form.subjectBranch");
    private static final String MEMBER = Messages.get("pledge.form.subjectMember");

    private PledgeDialogs() {
    }

    /** 新增 / 编辑 承诺: who, against what, the post, content (with the gentle wording check), measures, deadline. */
    static void pledge(Context c, PledgeView original) {
        Pledge o = original == null ? null : original.pledge();
        PledgeForm f = new PledgeForm(c.owner(), c.fontPixels(),
                Messages.get(o == null ? "pledge.form.addTitle" : "pledge.form.editTitle"));
        ChoiceBox<String> subject = f.choice("pledge.form.subject", "pledgeSubject", List.of(MEMBER, BRANCH),
                o != null && o.ofBranch() ? BRANCH : MEMBER, true);
        ComboBox<Member> member = memberBox(c, "pledgeMember");
        if (o != null && o.memberId() != null) {
            c.members().stream().filter(m -> m.id().equals(o.memberId())).findFirst().ifPresent(member::setValue);
        }
        member.disableProperty().bind(subject.valueProperty().isEqualTo(BRANCH));
        StringBinding memberError = Bindings.createStringBinding(() -> MEMBER.equals(subject.getValue())
                && member.getValue() == null ? Messages.get("pledge.form.memberNeeded") : "",
                subject.valueProperty(), member.valueProperty());
        f.add("pledge.form.member", member, memberError);
        f.require(Bindings.createBooleanBinding(() -> memberError.get().isEmpty(), memberError));
        ChoiceBox<PledgeCategory> category = f.choice("pledge.form.category", "pledgeCategory",
                PledgeCategory.of(o != null && o.ofBranch()), o == null ? null : o.category(), true);
        subject.valueProperty().addListener((obs, was, now) -> {
            category.getItems().setAll(PledgeCategory.of(BRANCH.equals(now)));
            category.setValue(null);
        });
        StringProperty post = f.text("pledge.form.post", "pledgePost", o == null ? null : o.post(),
                Messages.get("pledge.form.postPrompt"), 100, false);
        StringProperty contentText = new javafx.beans.property.SimpleStringProperty();
        StringBinding warning = Bindings.createStringBinding(() -> {
            List<String> w = PledgeWording.warnings(contentText.get());
            return w.isEmpty() ? "" : Messages.get("pledge.screen.warning", String.join("；", w));
        }, contentText);
        StringProperty content = f.area("pledge.form.content", "pledgeContent", o == null ? null : o.content(),
                Messages.get("pledge.form.contentPrompt"), 1000, true, warning);
        contentText.bind(content);
        StringProperty measures = f.area("pledge.form.measures", "pledgeMeasures", o == null ? null : o.measures(),
                "", 1000, false, null);
        String responsibleInitial = o != null ? o.responsible() : null;
        StringProperty responsible = f.text("pledge.form.responsible", "pledgeResponsible", responsibleInitial, "",
                50, false);
        if (o == null) {
            member.valueProperty().addListener((obs, was, now) -> {
                if (now != null && (responsible.get().isBlank() || was != null && responsible.get().equals(was.name()))) {
                    responsible.set(now.name());
                }
            });
            subject.valueProperty().addListener((obs, was, now) -> {
                if (BRANCH.equals(now) && responsible.get().isBlank() && c.secretary() != null) {
                    responsible.set(c.secretary());
                }
            });
        }
        StringProperty deadline = f.date("pledge.form.deadline", "pledgeDeadline", o == null ? null : o.deadline(),
                o != null && o.publishedOn() != null);
        f.prompt("pledgeDeadline", Messages.get("pledge.form.deadlinePrompt"));
        StringProperty pledgedOn = f.date("pledge.form.pledgedOn", "pledgePledgedOn",
                o == null ? c.pledges().today() : o.pledgedOn(), false);
        f.hint(Messages.get("pledge.form.hint"));
        EditBase<Pledge> base = new EditBase<>(Pledge.class, o); // saves check it (decision 0025)
        f.open(c.tasks(), c.dialogs(), () -> {
            Long memberId = BRANCH.equals(subject.getValue()) ? null : member.getValue().id();
            LocalDate due = PledgeForm.day(deadline.get());
            LocalDate made = PledgeForm.day(pledgedOn.get());
            Pledge p = o == null
                    ? Pledge.draft(c.branchId(), memberId, category.getValue(), blank(post.get()),
                            content.get().strip(), blank(measures.get()), blank(responsible.get()), due, made)
                    : o.withTerms(memberId, category.getValue(), blank(post.get()), content.get().strip(),
                            blank(measures.get()), blank(responsible.get()), due, made);
            Pledge loaded = base.get();
            return () -> c.pledges().save(loaded, p);
        }, (Pledge saved) -> {
            c.onPledgeSaved().accept(saved); // the page selects it once the list is read again
            c.onSaved().run();
        }, o == null ? member : null, base);
    }

    /**
     * A step of the pledge's life (审诺, 示诺, 登记进展, 述诺, 评诺, 说明): its date and, as the step has them, a text
     * (one line for 审诺's meeting, a few lines otherwise) or the 评诺's verdict and satisfaction.
     */
    static void step(Context c, PledgeView v, PledgeSteps.Step step) {
        PledgeStepForm m = new PledgeStepForm(step, v, c.pledges().today());
        PledgeForm f = new PledgeForm(c.owner(), c.fontPixels(), m.title());
        ChoiceBox<Verdict> verdict = null;
        if (step == PledgeSteps.Step.EVALUATE) {
            verdict = f.choice("pledge.dialog.verdict", "stepVerdict", List.of(Verdict.values()), m.verdict().get(),
                    false);
            verdict.valueProperty().bindBidirectional(m.verdict());
        }
        f.date(m.key("Date"), "stepDate", m.date(), m.dateError());
        if (step == PledgeSteps.Step.EVALUATE) {
            f.add("pledge.dialog.satisfaction", Forms.text("stepSatisfaction", m.satisfaction(),
                    Messages.get("pledge.dialog.satisfactionPrompt"), 10), m.satisfactionError());
        } else if (step == PledgeSteps.Step.APPROVE) {
            f.add(m.textKey(), Forms.text("stepText", m.text(), m.textPrompt(), 200), null);
        } else if (m.hasText()) {
            f.area(m.textKey(), "stepText", m.text(), m.textPrompt(), 1000, null);
        }
        f.require(m.valid());
        if (step == PledgeSteps.Step.PROGRESS) {
            f.open(c.tasks(), c.dialogs(), () -> m.save(c.pledges()), c.onSaved(), verdict);
            return;
        }
        EditBase<Pledge> base = new EditBase<>(Pledge.class, v.pledge()); // the step checks it (decision 0025)
        f.open(c.tasks(), c.dialogs(), () -> m.saveStep(c.pledges(), base.get()), (Pledge saved) -> c.onSaved().run(),
                verdict, base);
    }

    /** 领导点评: who, when, what. */
    static void comment(Context c) {
        PledgeForm f = new PledgeForm(c.owner(), c.fontPixels(), Messages.get("pledge.dialog.commentTitle"));
        StringProperty date = f.date("pledge.dialog.commentDate", "commentDate", c.pledges().today(), true);
        StringProperty who = f.text("pledge.dialog.commenter", "commentWho", null,
                Messages.get("pledge.dialog.commenterPrompt"), 50, true);
        StringProperty text = f.area("pledge.dialog.comment", "commentText", null, "", 2000, true, null);
        f.open(c.tasks(), c.dialogs(), () -> {
            LocalDate on = PledgeForm.day(date.get());
            String commenter = who.get();
            String comment = text.get();
            return () -> c.pledges().addComment(c.branchId(), on, commenter, comment);
        }, c.onSaved(), null);
    }

    /** 活动记实: a member's dated activity, contribution and effect. */
    static void activity(Context c, Member preselected) {
        PledgeForm f = new PledgeForm(c.owner(), c.fontPixels(), Messages.get("pledge.dialog.activityTitle"));
        ComboBox<Member> member = memberBox(c, "activityMember");
        member.setValue(preselected);
        f.add("pledge.dialog.activityMember", member, null);
        f.require(member.valueProperty().isNotNull());
        StringProperty date = f.date("pledge.dialog.activityDate", "activityDate", c.pledges().today(), true);
        StringProperty what = f.area("pledge.dialog.activity", "activityText", null, "", 500, true, null);
        StringProperty contribution = f.area("pledge.dialog.contribution", "activityContribution", null, "", 1000,
                false, null);
        StringProperty effect = f.area("pledge.dialog.effect", "activityEffect", null, "", 1000, false, null);
        f.open(c.tasks(), c.dialogs(), () -> {
            ActivityRecord a = new ActivityRecord(null, c.branchId(), member.getValue().id(),
                    PledgeForm.day(date.get()), what.get(), contribution.get(), effect.get());
            return () -> c.pledges().addActivity(a);
        }, c.onSaved(), preselected == null ? member : null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The branch's current members, shown by name. */
    private static ComboBox<Member> memberBox(Context c, String id) {
        return org.branchledger.roster.MemberChooser.of(c.members().stream().filter(Member::current).toList(), id);
    }
}
