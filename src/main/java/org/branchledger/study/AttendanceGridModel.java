package org.branchledger.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;

/**
 * One session's 考勤 being edited: every member {@linkplain #expected expected} (every current one, 流动 and
 * 失联 included; the committee at a 支委会) plus anyone already recorded, in roster order. Knows what differs from what is stored, so the page can mark
 * unsaved edits and write the whole grid in one go. Pure: tested without a window.
 */
final class AttendanceGridModel {

    /** What a row shows: the status (null: nothing recorded yet), its 补课 details, and whether it was edited. */
    record State(AttendanceStatus status, LocalDate makeupOn, String makeupHow, boolean changed) {
    }

    /** One member's line in the grid. */
    static final class Row {
        private final Member member;
        private Attendance stored;
        private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();

        private Row(Member member, Attendance stored) {
            this.member = member;
            this.stored = stored;
            state.set(stored == null ? new State(null, null, null, false)
                    : new State(stored.status(), stored.makeupOn(), stored.makeupHow(), false));
        }

        Member member() {
            return member;
        }

        ReadOnlyObjectProperty<State> state() {
            return state.getReadOnlyProperty();
        }

        AttendanceStatus status() {
            return state.get().status();
        }

        boolean changed() {
            return state.get().changed();
        }

        private void set(AttendanceStatus status, LocalDate on, String how) {
            boolean changed = stored == null ? status != null
                    : stored.status() != status || !Objects.equals(stored.makeupOn(), on)
                    || !Objects.equals(blankToNull(stored.makeupHow()), blankToNull(how));
            state.set(new State(status, on, how, changed));
        }
    }

    private final StudySession session;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    AttendanceGridModel(StudySession session, List<Member> members, List<Attendance> stored) {
        this.session = session;
        Map<Long, Attendance> byMember = new HashMap<>();
        stored.forEach(a -> byMember.put(a.memberId(), a));
        for (Member m : members) {
            Attendance a = byMember.get(m.id());
            if (expected(session.kind(), m) || a != null) {
                Row row = new Row(m, a);
                row.state.addListener((obs, old, now) -> recount());
                rows.add(row);
            }
        }
    }

    StudySession session() {
        return session;
    }

    /**
     * Who is expected at a session of this kind: every current member (流动 and 失联 included), except
     * that a 支委会 is a meeting of the 支部委员 only.
     */
    static boolean expected(SessionKind kind, Member m) {
        return m.current() && (kind != SessionKind.COMMITTEE_MEETING || m.committeeMember());
    }

    ObservableList<Row> rows() {
        return rows;
    }

    /** True while some row differs from what is stored. */
    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    /** How many rows differ from what is stored. */
    ReadOnlyIntegerProperty changes() {
        return changes.getReadOnlyProperty();
    }

    /** Goes up on every edit: for what shows the counts. */
    ReadOnlyIntegerProperty version() {
        return version.getReadOnlyProperty();
    }

    /** Sets a status; leaving 补课 forgets the make-up details. 补课 itself goes through {@link #makeUp}. */
    void setStatus(Row row, AttendanceStatus status) {
        if (status == AttendanceStatus.MADE_UP) {
            State s = row.state.get();
            row.set(status, s.makeupOn(), s.makeupHow());
        } else {
            row.set(status, null, null);
        }
    }

    /** 补课 on a date, and how (集中补课, 个别辅导 …; may be empty). */
    void makeUp(Row row, LocalDate on, String how) {
        row.set(AttendanceStatus.MADE_UP, Objects.requireNonNull(on, "on"), blankToNull(how));
    }

    /** Back to what is stored. */
    void revert() {
        rows.forEach(r -> r.set(r.stored == null ? null : r.stored.status(), r.stored == null ? null : r.stored.makeupOn(),
                r.stored == null ? null : r.stored.makeupHow()));
    }

    /** After a save: what was written is now what is stored; edits made since stay marked. */
    void saved(List<Attendance> written) {
        Map<Long, Attendance> byMember = new HashMap<>();
        written.forEach(a -> byMember.put(a.memberId(), a));
        for (Row r : rows) {
            Attendance a = byMember.get(r.member.id());
            if (a != null) {
                r.stored = a;
                State s = r.state.get();
                r.set(s.status(), s.makeupOn(), s.makeupHow());
            }
        }
        recount();
    }

    /** Each member's attendance as the grid read it (or as last saved), by member id; members unmarked are absent. */
    Map<Long, Attendance> stored() {
        Map<Long, Attendance> out = new HashMap<>();
        rows.stream().filter(r -> r.stored != null).forEach(r -> out.put(r.member.id(), r.stored));
        return out;
    }

    /**
     * 用我的覆盖 after a save refused for someone else's change: what they stored becomes what the grid read; a line
     * the user changed stays as set (and so is saved over theirs), any other line shows theirs.
     */
    void rebase(List<Attendance> theirs) {
        Map<Long, Attendance> byMember = new HashMap<>();
        theirs.forEach(a -> byMember.put(a.memberId(), a));
        for (Row r : rows) {
            Attendance now = byMember.get(r.member.id());
            State s = r.state.get();
            r.stored = now;
            if (s.changed()) {
                r.set(s.status(), s.makeupOn(), s.makeupHow());
            } else {
                r.set(now == null ? null : now.status(), now == null ? null : now.makeupOn(),
                        now == null ? null : now.makeupHow());
            }
        }
        recount();
    }

    /** Why the grid cannot be saved yet (a 补课 without its date), or null. */
    String problem() {
        List<String> names = rows.stream()
                .filter(r -> r.status() == AttendanceStatus.MADE_UP && r.state.get().makeupOn() == null)
                .map(r -> r.member.name()).toList();
        return names.isEmpty() ? null : Messages.get("studyScreen.grid.makeupMissing", String.join("、", names));
    }

    /** Every row that has a status, for {@link StudyService#saveAttendance}; rows not recorded stay unrecorded. */
    List<Attendance> toSave() {
        List<Attendance> out = new ArrayList<>();
        for (Row r : rows) {
            State s = r.state.get();
            if (s.status() != null) {
                out.add(new Attendance(r.stored == null ? null : r.stored.id(), session.id(), r.member.id(), s.status(),
                        s.makeupOn(), s.makeupHow()));
            }
        }
        return out;
    }

    /** e.g. 出席 30 人　请假 2 人　补课 1 人 (statuses nobody has are left out). */
    String counts() {
        Map<AttendanceStatus, Long> by = rows.stream().filter(r -> r.status() != null)
                .collect(Collectors.groupingBy(Row::status, () -> new EnumMap<>(AttendanceStatus.class),
                        Collectors.counting()));
        List<String> parts = new ArrayList<>();
        by.forEach((status, n) -> parts.add(Messages.get("studyScreen.grid.count", status.label(), n)));
        long none = rows.stream().filter(r -> r.status() == null).count();
        if (none > 0) {
            parts.add(Messages.get("studyScreen.grid.count", Messages.get("studyScreen.grid.unrecorded"), none));
        }
        return String.join("　", parts);
    }

    private void recount() {
        version.set(version.get() + 1);
        int n = (int) rows.stream().filter(Row::changed).count();
        changes.set(n);
        dirty.set(n > 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
