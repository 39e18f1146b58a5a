package org.branchledger.notes;

import java.time.LocalDate;
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
 * 新增 / 编辑 a note or essay: member, date, kind, title, and 字数 either typed or, once text is pasted,
 * counted from it ({@link WordCount}). Checked as the user types.
 */
final class NoteFormModel {
    static final int TITLE_MAX = 200;

    private final int year;
    private final ReadingNote original;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(NoteKind.NOTE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty words = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final BooleanProperty counted = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper wordsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    /** @param original the note edited, or null for a new one */
    NoteFormModel(int year, Member preselected, ReadingNote original, LocalDate today) {
        this.year = year;
        this.original = original;
        member.set(preselected);
        if (original != null) {
            date.set(original.writtenOn().toString());
            kind.set(original.kind());
            title.set(original.title());
            words.set(String.valueOf(original.wordCount()));
            body.set(original.body() == null ? "" : original.body());
        } else if (today.getYear() == year) {
            date.set(today.toString());
        }
        body.addListener(o -> countFromBody());
        countFromBody();
        Stream.<Observable>of(member, date, kind, title, words).forEach(p -> p.addListener(o -> check()));
        check();
    }

    ObjectProperty<Member> member() {
        return member;
    }

    StringProperty date() {
        return date;
    }

    ObjectProperty<NoteKind> kind() {
        return kind;
    }

    StringProperty title() {
        return title;
    }

    StringProperty words() {
        return words;
    }

    StringProperty body() {
        return body;
    }

    /** True while the 字数 comes from the pasted text (the field is then read-only). */
    BooleanProperty counted() {
        return counted;
    }

    ReadOnlyStringProperty dateError() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleError() {
        return titleError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty wordsError() {
        return wordsError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The note typed, keeping the review of the note edited; only while {@link #valid()}. */
    ReadingNote note(long branchId) {
        String text = body.get().isBlank() ? null : body.get();
        ReadingNote n = new ReadingNote(original == null ? null : original.id(), branchId, member.get().id(),
                day(date.get()), kind.get(), title.get().strip(), Integer.parseInt(words.get().strip()), text,
                null, null, null, null);
        return original == null ? n : n.withReview(original.reviewer(), original.reviewedOn(),
                original.reviewComment(), original.grade());
    }

    private void countFromBody() {
        boolean fromText = !body.get().isBlank();
        counted.set(fromText);
        if (fromText) {
            words.set(String.valueOf(WordCount.of(body.get())));
        }
    }

    private void check() {
        boolean dateOk = false;
        try {
            dateOk = day(date.get()).getYear() == year;
            dateError.set(dateOk ? "" : Messages.get("notesScreen.form.otherYear", year));
        } catch (IllegalArgumentException e) {
            dateError.set(date.get().isBlank() ? "" : e.getMessage());
        }
        String t = title.get().strip();
        titleError.set(t.length() > TITLE_MAX ? Messages.get("notesScreen.form.tooLong", TITLE_MAX) : "");
        boolean wordsOk = false;
        String w = words.get().strip();
        try {
            wordsOk = Integer.parseInt(w) >= 0;
        } catch (NumberFormatException e) {
            wordsOk = false;
        }
        wordsError.set(wordsOk || w.isEmpty() ? "" : Messages.get("notesScreen.form.badWords", w));
        valid.set(member.get() != null && kind.get() != null && dateOk && wordsOk && !t.isEmpty()
                && titleError.get().isEmpty());
    }

    /** A date to the day in any form the roster accepts (2026-03-05, 2026年3月5日 …). */
    static LocalDate day(String text) {
        try {
            PartialDate d = DateParser.parse(text);
            if (d.monthPrecision()) {
                throw new IllegalArgumentException(Messages.get("notesScreen.form.dayNeeded"));
            }
            return d.firstDay();
        } catch (DateParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
