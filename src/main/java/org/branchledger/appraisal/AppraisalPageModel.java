package org.branchledger.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.i18n.Messages;

/**
 * What the 民主评议 page shows for one branch and year, built from one {@link AppraisalSheet}: the round in
 * numbers and its warnings, the three lists of its tabs (participants, 整改事项, members graded 不合格 with
 * their follow-up), the selected member's form ({@link AppraisalFormModel}) with what the rule makes of it in
 * words, and what moving to another member does to a changed record. No window needed.
 */
final class AppraisalPageModel {
    /** 五带头考核: the answers offered (others may be typed). */
    static final List<String> FIVE_LEAD = List.of("好", "较好", "一般", "差");

    /** What selecting another member does to the record being edited. */
    enum Move {
        /** Nothing: back on the member whose record is shown. */
        STAY,
        /** The changed, valid record is saved first; the member is selected once it is read again. */
        SAVE_FIRST,
        /** The changed record has an error: the selection goes back and the user is told to correct it. */
        REFUSE,
        /** The member's record is shown. */
        SHOW
    }

    private final AppraisalFormModel form = new AppraisalFormModel();
    private final ObservableList<MemberAppraisal> members = FXCollections.observableArrayList();
    private final ObservableList<Rectification> rectifications = FXCollections.observableArrayList();
    private final ObservableList<MemberAppraisal> followUps = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rectificationsTab = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper followUpsTab = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memberTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper("");
    private final StringProperty gradeChoice = new SimpleStringProperty();
    private final StringBinding satisfactionLine;
    private final StringBinding suggestionLine;
    private final StringBinding flagsLine;
    private final StringBinding reasonError;
    private final StringBinding reasonLabel;
    private final StringBinding formStatus;
    private final BooleanBinding noMember;
    private final BooleanBinding gradeLocked;
    private final BooleanBinding canSave;
    private AppraisalSheet sheet;
    private long sheetBranch;
    private Long selectAfterLoad;

    AppraisalPageModel() {
        satisfactionLine = Bindings.createStringBinding(
                () -> Messages.get("appraisal.form.satisfaction", form.satisfactionText()), form.judgement());
        suggestionLine = Bindings.createStringBinding(() -> form.judgement().get() == null ? ""
                : Messages.get("appraisal.form.suggested", form.judgement().get().suggestion()), form.judgement());
        flagsLine = Bindings.createStringBinding(() -> form.judgement().get() == null ? ""
                : String.join("　", form.judgement().get().flags()), form.judgement());
        reasonError = Bindings.createStringBinding(() -> form.reasonRequired().get() && form.reason.get().isBlank()
                ? Messages.get("appraisal.form.reasonNeeded", form.judgement().get().suggestion()) : "",
                form.reasonRequired(), form.reason);
        reasonLabel = Bindings.createStringBinding(() -> Messages.get(form.reasonRequired().get()
                ? "appraisal.form.reasonRequired" : "appraisal.form.reason"), form.reasonRequired());
        formStatus = Bindings.createStringBinding(() -> form.dirty().get() ? Messages.get("appraisal.form.unsaved")
                : "", form.dirty());
        noMember = form.member().isNull();
        gradeLocked = Bindings.createBooleanBinding(() -> form.member().get() == null
                || form.member().get().probationary(), form.member());
        canSave = form.valid().and(form.dirty());
        // the grade box shows labels (未评定 for none); the form holds the grade
        String none = Messages.get("appraisal.grade.none");
        gradeChoice.addListener((obs, old, now) -> form.grade.set(AppraisalGrade.ofLabel(now)));
        form.grade.addListener((obs, old, now) -> gradeChoice.set(now == null ? none : now.label()));
        gradeChoice.set(none);
        clear();
    }

    /** The grade box's choices: 未评定, then every grade. */
    static List<String> gradeChoices() {
        List<String> out = new ArrayList<>(List.of(Messages.get("appraisal.grade.none")));
        for (AppraisalGrade g : AppraisalGrade.values()) {
            out.add(g.label());
        }
        return out;
    }

    /**
     * Shows a round, and the member just saved for, else the one shown, else the first. Answers the member
     * shown now, for the table to select.
     */
    MemberAppraisal show(AppraisalSheet s, long branchId) {
        MemberAppraisal shown = form.member().get();
        Long keep = selectAfterLoad != null ? selectAfterLoad : shown == null ? null : shown.member().id();
        selectAfterLoad = null;
        sheet = s;
        sheetBranch = branchId;
        members.setAll(s.members());
        rectifications.setAll(s.rectifications());
        followUps.setAll(s.members().stream().filter(m -> m.finalGrade() == AppraisalGrade.FAILED).toList());
        MemberAppraisal again = s.members().stream().filter(m -> Objects.equals(m.member().id(), keep)).findFirst()
                .orElse(s.members().isEmpty() ? null : s.members().get(0));
        load(again);
        summary.set(Messages.get("appraisal.summary", s.round().year(), s.members().size(), s.graded(),
                s.probationary(), s.decided(), AppraisalLedger.roundLine(s.round())));
        warnings.setAll(s.warnings().stream().map(w -> "⚠ " + w).toList());
        rectificationsTab.set(Messages.get("appraisal.tab.rectificationsCount", s.openRectifications(),
                s.rectifications().size()));
        followUpsTab.set(Messages.get("appraisal.tab.followUpsCount", followUps.size()));
        return again;
    }

    /** Nothing to show: no branch or no year selected. The tabs keep their last counts, as they always did. */
    void clear() {
        selectAfterLoad = null;
        sheet = null;
        members.clear();
        rectifications.clear();
        followUps.clear();
        warnings.clear();
        summary.set("");
        load(null);
    }

    /** Shows a member's record in the form, or none. */
    void load(MemberAppraisal m) {
        if (m == null) {
            memberTitle.set(Messages.get("appraisal.member.none"));
            evidence.set("");
            form.member().set(null);
            return;
        }
        form.load(m, sheet.round().thresholds());
        memberTitle.set(Messages.get(m.probationary() ? "appraisal.member.titleProbationary"
                : "appraisal.member.title", m.member().name()));
        evidence.set(Messages.get("appraisal.form.evidenceText", m.evidence().hoursText(),
                m.evidence().essaysText(), m.evidence().pledgesText()));
    }

    /** What selecting {@code now} (after {@code old}) does to the record shown; {@link Move#SHOW} shows it. */
    Move moveTo(MemberAppraisal old, MemberAppraisal now) {
        MemberAppraisal shown = form.member().get();
        if (now != null && shown != null && Objects.equals(now.member().id(), shown.member().id())) {
            return Move.STAY;
        }
        if (old != null && shown != null && form.dirty().get()) {
            return form.valid().get() ? Move.SAVE_FIRST : Move.REFUSE;
        }
        return Move.SHOW;
    }

    /** Why the selection went back to {@code old}. */
    static String fixFirst(MemberAppraisal old) {
        return Messages.get("appraisal.form.fixFirst", old.member().name());
    }

    /** The member to show once the record shown is saved: the next one, ready to type; the last stays. */
    Long nextAfterSave() {
        MemberAppraisal shown = form.member().get();
        int index = -1;
        for (int i = 0; i < members.size(); i++) {
            if (Objects.equals(members.get(i).member().id(), shown.member().id())) {
                index = i;
            }
        }
        return index >= 0 && index + 1 < members.size() ? members.get(index + 1).member().id() : shown.member().id();
    }

    /** The member a save has just stored for: selected once the round is read again. */
    void selectAfterLoad(Long memberId) {
        selectAfterLoad = memberId;
    }

    /** The round shown, when it is of this branch and year (not a load still on its way, nor none). */
    Optional<AppraisalSheet> showing(Long branchId, Integer year) {
        return sheet != null && branchId != null && sheetBranch == branchId
                && Objects.equals(sheet.round().year(), year) ? Optional.of(sheet) : Optional.empty();
    }

    /** The branch of the round shown, even while another one loads (a record is saved to its own round). */
    long sheetBranch() {
        return sheetBranch;
    }

    /** The year of the round shown, even while another one loads. */
    int sheetYear() {
        return sheet.round().year();
    }

    String nameOf(long memberId) {
        return sheet == null ? "" : sheet.nameOf(memberId);
    }

    FollowUp followUpOf(long memberId) {
        return sheet == null ? null : sheet.followUpByMember().get(memberId);
    }

    AppraisalFormModel form() {
        return form;
    }

    ObservableList<MemberAppraisal> members() {
        return members;
    }

    ObservableList<Rectification> rectifications() {
        return rectifications;
    }

    ObservableList<MemberAppraisal> followUps() {
        return followUps;
    }

    /** The warnings above everything, each a line with its ⚠. */
    ObservableList<String> warnings() {
        return warnings;
    }

    ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty rectificationsTab() {
        return rectificationsTab.getReadOnlyProperty();
    }

    ReadOnlyStringProperty followUpsTab() {
        return followUpsTab.getReadOnlyProperty();
    }

    ReadOnlyStringProperty memberTitle() {
        return memberTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty evidence() {
        return evidence.getReadOnlyProperty();
    }

    /** The grade box's value, kept in step with the form's grade. */
    StringProperty gradeChoice() {
        return gradeChoice;
    }

    StringBinding satisfactionLine() {
        return satisfactionLine;
    }

    StringBinding suggestionLine() {
        return suggestionLine;
    }

    StringBinding flagsLine() {
        return flagsLine;
    }

    StringBinding reasonError() {
        return reasonError;
    }

    StringBinding reasonLabel() {
        return reasonLabel;
    }

    StringBinding formStatus() {
        return formStatus;
    }

    /** No member shown: the form's fields are locked. */
    BooleanBinding noMember() {
        return noMember;
    }

    /** The grade and its reason are locked: no member, or a 预备党员 (no grade). */
    BooleanBinding gradeLocked() {
        return gradeLocked;
    }

    /** A changed, valid record. */
    BooleanBinding canSave() {
        return canSave;
    }
}
