package org.branchledger.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;

/**
 * 新增活动: the form behind the dialog, checked as the user types. The date must be a day of the year
 * shown (so the session appears in the list), the hours have one decimal, and the same date, 形式 and
 * 主题 may not be entered twice. Most members attend, so 全部出席 starts ticked; unticked, everyone
 * starts 缺席 and is marked in the grid.
 */
final class SessionFormModel {
    static final int TOPIC_MAX = 200;
    private final long branchId;
    private final int year;
    private final List<StudySession> existing;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(SessionKind.STUDY);
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final BooleanProperty allPresent = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper topicError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    SessionFormModel(long branchId, int year, List<StudySession> existing, LocalDate today) {
        this.branchId = branchId;
        this.year = year;
        this.existing = List.copyOf(existing);
        if (today.getYear() == year) {
            date.set(today.toString());
        }
        Stream.<Observable>of(date, kind, topic, hours).forEach(p -> p.addListener(o -> check()));
        check();
    }

    StringProperty date() {
        return date;
    }

    ObjectProperty<SessionKind> kind() {
        return kind;
    }

    StringProperty topic() {
        return topic;
    }

    StringProperty hours() {
        return hours;
    }

    StringProperty place() {
        return place;
    }

    StringProperty speaker() {
        return speaker;
    }

    BooleanProperty allPresent() {
        return allPresent;
    }

    ReadOnlyStringProperty dateError() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty topicError() {
        return topicError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty hoursError() {
        return hoursError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The session typed; only while {@link #valid()}. */
    StudySession session() {
        return new StudySession(null, branchId, day(date.get()), kind.get(), topic.get().strip(), Hours.parse(hours.get()),
                blankToNull(place.get()), blankToNull(speaker.get()));
    }

    /** The attendance the new session starts with: everyone expected 出席, or every one 缺席. */
    List<Attendance> attendance(List<Member> current) {
        AttendanceStatus status = allPresent.get() ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
        List<Attendance> out = new ArrayList<>();
        expected(current).forEach(m -> out.add(new Attendance(null, -1, m.id(), status, null, null)));
        return out;
    }

    /** The members expected at the session: every current one, or the committee at a 支委会. */
    List<Member> expected(List<Member> current) {
        return current.stream().filter(m -> kind.get() != null && AttendanceGridModel.expected(kind.get(), m)).toList();
    }

    private void check() {
        LocalDate on = null;
        try {
            on = day(date.get());
            dateError.set(on.getYear() == year ? "" : Messages.get("studyScreen.form.otherYear", year));
        } catch (IllegalArgumentException e) {
            dateError.set(date.get().isBlank() ? "" : e.getMessage());
        }
        try {
            Hours.parse(hours.get());
            hoursError.set("");
        } catch (IllegalArgumentException e) {
            hoursError.set(hours.get().isBlank() ? "" : e.getMessage());
        }
        String t = topic.get().strip();
        LocalDate heldOn = on;
        boolean twice = heldOn != null && existing.stream().anyMatch(s -> s.heldOn().equals(heldOn)
                && s.kind() == kind.get() && s.topic().equals(t));
        topicError.set(twice ? Messages.get("studyScreen.form.duplicate")
                : t.length() > TOPIC_MAX ? Messages.get("studyScreen.form.tooLong", TOPIC_MAX) : "");
        valid.set(on != null && dateError.get().isEmpty() && hoursError.get().isEmpty() && !hours.get().isBlank()
                && !t.isEmpty() && topicError.get().isEmpty() && kind.get() != null);
    }

    /**
     * A date to the day, in any form the roster accepts (2026-03-05, 2026年3月5日 …).
     *
     * @throws IllegalArgumentException with a Chinese message
     */
    static LocalDate day(String text) {
        try {
            PartialDate d = DateParser.parse(text);
            if (d.monthPrecision()) {
                throw new IllegalArgumentException(Messages.get("studyScreen.form.dayNeeded"));
            }
            return d.firstDay();
        } catch (DateParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
