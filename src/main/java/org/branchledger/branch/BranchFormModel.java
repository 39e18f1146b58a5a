package org.branchledger.branch;

import org.branchledger.core.branch.BranchKind;
import org.branchledger.core.branch.Branch;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

/**
 * 新建支部 / 修改支部信息 as the secretary types it: each field with its message beside it, checked on every
 * key (name given and not another branch's, phone digits and dashes, founding day not in the future, 公示期
 * a whole number of days). No window needed.
 */
public final class BranchFormModel {
    private final Branch current;
    private final List<String> otherNames;
    private final LocalDate today;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<BranchKind> kind = new SimpleObjectProperty<>(BranchKind.VILLAGE);
    private final StringProperty higherOrg = new SimpleStringProperty("");
    private final StringProperty secretary = new SimpleStringProperty("");
    private final StringProperty founded = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty noticeDays = new SimpleStringProperty(String.valueOf(Branch.DEFAULT_NOTICE_DAYS));
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper higherOrgError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secretaryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper foundedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeDaysError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private boolean kindChosen;

    /**
     * @param current    the branch being edited, or null for a new one
     * @param otherNames the names of the other branches (a name must not repeat)
     */
    public BranchFormModel(Branch current, Collection<String> otherNames, LocalDate today) {
        this.current = current;
        this.otherNames = List.copyOf(otherNames);
        this.today = today;
        if (current != null) {
            name.set(current.name());
            kind.set(current.kind());
            higherOrg.set(text(current.higherOrg()));
            secretary.set(text(current.secretary()));
            founded.set(current.foundedOn() == null ? "" : current.foundedOn().toString());
            phone.set(text(current.phone()));
            noticeDays.set(String.valueOf(current.noticeDays()));
            kindChosen = true;
        }
        kind.addListener(o -> kindChosen = true);
        // a new branch's kind follows its name (红旗村 → 农村, …公司 → 企业) until the user picks one
        name.addListener((obs, old, now) -> {
            if (!kindChosen && now != null && !now.isBlank()) {
                kind.set(BranchKind.guess(now.strip()));
                kindChosen = false;
            }
        });
        Stream.<Observable>of(name, higherOrg, secretary, founded, phone, noticeDays).forEach(p -> p.addListener(o -> check()));
        check();
    }

    /** True when editing an existing branch, false for 新建支部. */
    public boolean editing() {
        return current != null;
    }

    /** The branch as the form was opened on it, or null for a new one. */
    Branch loaded() {
        return current;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<BranchKind> kind() {
        return kind;
    }

    public StringProperty higherOrg() {
        return higherOrg;
    }

    public StringProperty secretary() {
        return secretary;
    }

    public StringProperty founded() {
        return founded;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty noticeDays() {
        return noticeDays;
    }

    public ReadOnlyStringProperty nameError() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty higherOrgError() {
        return higherOrgError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretaryError() {
        return secretaryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty foundedError() {
        return foundedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneError() {
        return phoneError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeDaysError() {
        return noticeDaysError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The branch typed, to be stored; only while {@link #valid()}. */
    public Branch branch() {
        if (!valid.get()) {
            throw new IllegalArgumentException(firstProblem());
        }
        return new Branch(current == null ? null : current.id(), name.get().strip(), kind.get(),
                BranchRules.orNull(higherOrg.get()), BranchRules.orNull(secretary.get()),
                BranchRules.founded(founded.get()), BranchRules.orNull(phone.get()),
                BranchRules.noticeDays(noticeDays.get()), current != null && current.demo());
    }

    /** Whether anything differs from the branch as it was opened (always true for a new one with a name). */
    public boolean changed() {
        if (current == null) {
            return !name.get().isBlank();
        }
        return !valid.get() || !branch().equals(current);
    }

    private void check() {
        String typed = name.get() == null ? "" : name.get().strip();
        // an empty name on a fresh form is not yet a mistake: the save button waits, no red text
        nameError.set(typed.isEmpty() && current == null ? "" : BranchRules.nameProblem(typed, otherNames));
        higherOrgError.set(BranchRules.lengthProblem(higherOrg.get(), BranchRules.HIGHER_ORG_MAX));
        secretaryError.set(BranchRules.lengthProblem(secretary.get(), BranchRules.SECRETARY_MAX));
        foundedError.set(BranchRules.foundedProblem(founded.get(), today));
        phoneError.set(BranchRules.phoneProblem(phone.get()));
        noticeDaysError.set(BranchRules.noticeDaysProblem(noticeDays.get()));
        valid.set(!typed.isEmpty() && errors().allMatch(String::isEmpty));
    }

    private Stream<String> errors() {
        return Stream.of(nameError, higherOrgError, secretaryError, foundedError, phoneError, noticeDaysError)
                .map(ReadOnlyStringWrapper::get);
    }

    private String firstProblem() {
        return errors().filter(e -> !e.isEmpty()).findFirst().orElse(BranchRules.nameProblem("", List.of()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
