package org.branchledger.study;

import java.time.LocalDate;
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
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.Member;

/**
 * 登记自学: one member's self-study (date, material, hours), checked as the user types. Self-study counts
 * toward the total only, in the year it was done, so the date must fall in the year shown.
 */
final class SelfStudyDialogModel {
    static final int MATERIAL_MAX = 200;

    private final int year;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty material = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper materialError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    SelfStudyDialogModel(int year, Member preselected, LocalDate today) {
        this.year = year;
        member.set(preselected);
        if (today.getYear() == year) {
            date.set(today.toString());
        }
        Stream.<Observable>of(member, date, material, hours).forEach(p -> p.addListener(o -> check()));
        check();
    }

    ObjectProperty<Member> member() {
        return member;
    }

    StringProperty date() {
        return date;
    }

    StringProperty material() {
        return material;
    }

    StringProperty hours() {
        return hours;
    }

    ReadOnlyStringProperty dateError() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty materialError() {
        return materialError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty hoursError() {
        return hoursError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The entry typed; only while {@link #valid()}. */
    SelfStudy entry() {
        return new SelfStudy(null, member.get().id(), SessionFormModel.day(date.get()), material.get().strip(),
                Hours.parse(hours.get()));
    }

    private void check() {
        boolean dateOk = false;
        try {
            LocalDate on = SessionFormModel.day(date.get());
            dateOk = on.getYear() == year;
            dateError.set(dateOk ? "" : Messages.get("studyScreen.form.otherYear", year));
        } catch (IllegalArgumentException e) {
            dateError.set(date.get().isBlank() ? "" : e.getMessage());
        }
        boolean hoursOk = false;
        try {
            Hours.parse(hours.get());
            hoursOk = true;
            hoursError.set("");
        } catch (IllegalArgumentException e) {
            hoursError.set(hours.get().isBlank() ? "" : e.getMessage());
        }
        String m = material.get().strip();
        materialError.set(m.length() > MATERIAL_MAX ? Messages.get("studyScreen.form.tooLong", MATERIAL_MAX) : "");
        valid.set(member.get() != null && dateOk && hoursOk && !m.isEmpty() && materialError.get().isEmpty());
    }
}
