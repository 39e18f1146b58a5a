package org.branchledger.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;

/**
 * What the 笔记心得 page shows for one branch and year, built from one load: the year's essays against the rule
 * in numbers, every current member's standing, the selected member's notes, the review queue (overdue as of the
 * app's clock), the note 编辑 and 批改 act on and which buttons can act. Pure apart from {@link #load}, which
 * runs on a worker thread; no window needed.
 */
final class NotesPageModel {
    /** What one load brings: the standings, the year's notes, the review queue. */
    record Data(long branchId, int year, List<MemberNotes> standings, List<ReadingNote> notes,
                List<ReviewQueueEntry> queue) {
    }

    private final Clock clock;
    private final ObservableList<MemberNotes> members = FXCollections.observableArrayList();
    private final ObservableList<ReadingNote> memberNotes = FXCollections.observableArrayList();
    private final ObservableList<ReviewQueueEntry> queue = FXCollections.observableArrayList();
    private final ObjectProperty<MemberNotes> selectedMember = new SimpleObjectProperty<>();
    private final ObjectProperty<ReadingNote> selectedNote = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewQueueEntry> selectedEntry = new SimpleObjectProperty<>();
    private final BooleanProperty queueShown = new SimpleBooleanProperty();
    private final BooleanProperty branchChosen = new SimpleBooleanProperty();
    private final ObjectBinding<ReadingNote> picked;
    private final BooleanBinding noteActions;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memberTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queueCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queueTab = new ReadOnlyStringWrapper(Messages.get("notesScreen.tab.queueEmpty"));
    private Data data;

    /** @param clock the app's clock: what "overdue" and the dates the forms suggest are judged on */
    NotesPageModel(Clock clock) {
        this.clock = clock;
        picked = Bindings.createObjectBinding(() -> {
            if (queueShown.get()) {
                ReviewQueueEntry e = selectedEntry.get();
                return e == null ? null : e.note();
            }
            return selectedNote.get();
        }, queueShown, selectedEntry, selectedNote);
        noteActions = picked.isNotNull();
        selectedMember.addListener((obs, was, now) -> showMember(now, idOf(selectedNote.get())));
        memberTitle.set(Messages.get("notesScreen.member.none"));
    }

    /** Reads a branch's year, the queue as of today; call it through {@code Tasks}, never on the FX thread. */
    Data load(NotesService notes, long branchId, int year) {
        return new Data(branchId, year, notes.standings(branchId, year), notes.notes(branchId, year),
                notes.reviewQueue(branchId, today()));
    }

    /** Today as the app's clock has it: where the note, review and spot-check forms start. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Shows a load, and selects again the member selected before, else the first. Answers the member selected
     * now, for the table to select.
     */
    MemberNotes show(Data d) {
        MemberNotes before = selectedMember.get();
        Long keep = before == null ? null : before.member().id();
        Long keepNote = idOf(selectedNote.get());
        data = d;
        members.setAll(d.standings());
        queue.setAll(d.queue());
        selectedEntry.set(null);
        queueLines();
        long yes = d.standings().stream().filter(s -> s.standing().compliance() == EssayRule.Compliance.YES).count();
        long exempt = d.standings().stream()
                .filter(s -> s.standing().compliance() == EssayRule.Compliance.EXEMPT).count();
        summary.set(Messages.get("notesScreen.summary", d.year(), yes, exempt, d.standings().size()));
        MemberNotes again = d.standings().stream().filter(s -> Objects.equals(s.member().id(), keep)).findFirst()
                .orElse(d.standings().isEmpty() ? null : d.standings().get(0));
        selectedMember.set(again);
        showMember(again, keepNote); // also when it is the same member as before: the notes were read again
        return again;
    }

    /** Nothing to show: no branch or no year selected. */
    void clear() {
        data = null;
        members.clear();
        queue.clear();
        selectedEntry.set(null);
        queueLines();
        summary.set("");
        selectedMember.set(null);
        showMember(null, null);
    }

    private void queueLines() {
        long overdue = queue.stream().filter(ReviewQueueEntry::overdue).count();
        queueCount.set(Messages.get("notesScreen.queue.count", queue.size(), overdue));
        queueTab.set(Messages.get("notesScreen.tab.queue", queue.size()));
    }

    /** The member's title line and notes; the note {@code keepNote} stays selected when it is still there. */
    private void showMember(MemberNotes m, Long keepNote) {
        if (m == null || data == null) {
            memberTitle.set(Messages.get("notesScreen.member.none"));
            memberNotes.clear();
            selectedNote.set(null);
            return;
        }
        memberTitle.set(Messages.get("notesScreen.member.title", m.member().name(), essays(m),
                m.standing().compliance().label()));
        memberNotes.setAll(data.notes().stream().filter(n -> n.memberId() == m.member().id()).toList());
        selectedNote.set(keepNote == null ? null : memberNotes.stream()
                .filter(n -> keepNote.equals(n.id())).findFirst().orElse(null));
    }

    private static Long idOf(ReadingNote n) {
        return n == null ? null : n.id();
    }

    /** A member's essays against the rule: 计入 / 要求, or 计入（免写）. */
    static String essays(MemberNotes m) {
        EssayRule.Standing s = m.standing();
        return s.compliance() == EssayRule.Compliance.EXEMPT ? Messages.get("notesScreen.essays.exempt", s.counted())
                : Messages.get("notesScreen.essays.count", s.counted(), s.required());
    }

    /** A note's review in words: 待批改, or the grade, the reviewer and the day. */
    static String review(ReadingNote n) {
        if (!n.reviewed()) {
            return Messages.get("notesScreen.review.waiting");
        }
        return Messages.get("notesScreen.review.done", n.grade() == null ? "" : n.grade().label(),
                n.reviewer() == null ? "" : n.reviewer(), n.reviewedOn().toString());
    }

    /** How long a note has waited for review, 超期 past {@link NotesService#REVIEW_DAYS}. */
    static String waiting(ReviewQueueEntry e) {
        return e.overdue() ? Messages.get("notesScreen.queue.overdue", e.daysWaiting())
                : Messages.get("notesScreen.queue.days", e.daysWaiting());
    }

    /** Whether what is shown is of this branch and year (not a load still on its way, nor none). */
    boolean showing(Long branchId, Integer year) {
        return data != null && branchId != null && data.branchId() == branchId && Objects.equals(data.year(), year);
    }

    Optional<Data> data() {
        return Optional.ofNullable(data);
    }

    /** The current members, in roster order: whom a note may be of. */
    List<Member> currentMembers() {
        return data == null ? List.of() : data.standings().stream().map(MemberNotes::member).toList();
    }

    /** Members' names by id, for the review and spot-check forms. */
    Map<Long, String> names() {
        return data == null ? Map.of() : data.standings().stream()
                .collect(Collectors.toMap(s -> s.member().id(), s -> s.member().name()));
    }

    /** The member a note is of; null when not a current member. */
    Member memberOf(ReadingNote note) {
        return currentMembers().stream().filter(m -> m.id() == note.memberId()).findFirst().orElse(null);
    }

    /** The note 编辑 and 批改 act on: in the queue when that tab is shown, otherwise in the member's list. */
    ObservableValue<ReadingNote> picked() {
        return picked;
    }

    /** Whether 编辑 and 批改 have a note to act on. */
    BooleanBinding noteActions() {
        return noteActions;
    }

    /** Whether 新增 and 抽查 can act: a branch is chosen. */
    BooleanProperty branchChosen() {
        return branchChosen;
    }

    /** Whether the review queue's tab is the one shown. */
    BooleanProperty queueShown() {
        return queueShown;
    }

    ObservableList<MemberNotes> members() {
        return members;
    }

    ObservableList<ReadingNote> memberNotes() {
        return memberNotes;
    }

    ObservableList<ReviewQueueEntry> queue() {
        return queue;
    }

    ObjectProperty<MemberNotes> selectedMember() {
        return selectedMember;
    }

    ObjectProperty<ReadingNote> selectedNote() {
        return selectedNote;
    }

    ObjectProperty<ReviewQueueEntry> selectedEntry() {
        return selectedEntry;
    }

    ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty memberTitle() {
        return memberTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty queueCount() {
        return queueCount.getReadOnlyProperty();
    }

    ReadOnlyStringProperty queueTab() {
        return queueTab.getReadOnlyProperty();
    }
}
