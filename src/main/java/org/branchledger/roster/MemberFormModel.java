package org.branchledger.roster;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.core.ids.InvalidIdNumberException;

/**
 * The member form without its window: the text of every field, checked by {@link MemberRules} on each
 * change. Errors of a field show once the user has typed in it (all at once when editing a stored
 * member), so a blank new form is not painted red; saving waits until there are none at all.
 */
public final class MemberFormModel {
    /** Yes and no as the form writes them; {@link MemberRules} reads them. */
    static final String YES = "是";
    static final String NO = "否";

    /** Every field the form shows, in the roster's order (the branch is the screen's, not a field). */
    public static final List<RosterField> FIELDS = Arrays.stream(RosterField.values())
            .filter(f -> f != RosterField.BRANCH).toList();

    private final long branchId;
    private final Member current;
    private final Supplier<LocalDate> today;
    private final Map<RosterField, StringProperty> values = new EnumMap<>(RosterField.class);
    private final Set<RosterField> touched = EnumSet.noneOf(RosterField.class);
    private final ObservableMap<RosterField, String> shownErrors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<IdNumber> idNumber = new ReadOnlyObjectWrapper<>();

    /** @param current the member being edited, or null for a new one */
    public MemberFormModel(long branchId, Member current, Supplier<LocalDate> today) {
        this.branchId = branchId;
        this.current = current;
        this.today = today;
        for (RosterField f : FIELDS) {
            StringProperty p = new SimpleStringProperty(current == null ? initial(f) : textOf(current, f));
            p.addListener((obs, old, now) -> {
                touched.add(f);
                check();
            });
            values.put(f, p);
        }
        if (current != null) {
            touched.addAll(FIELDS);
        }
        check();
    }

    public StringProperty value(RosterField field) {
        return values.get(field);
    }

    /** The member being edited, or null when adding. */
    public Member current() {
        return current;
    }

    public long branchId() {
        return branchId;
    }

    /** The values to check and save; 外出流向 and 失去联系日期 only while their box is ticked. */
    public Map<RosterField, String> values() {
        Map<RosterField, String> out = new LinkedHashMap<>();
        values.forEach((f, p) -> out.put(f, p.get() == null ? "" : p.get()));
        if (!YES.equals(out.get(RosterField.FLOATING))) {
            out.put(RosterField.FLOATING_TO, "");
        }
        if (!YES.equals(out.get(RosterField.LOST_CONTACT))) {
            out.put(RosterField.LOST_CONTACT_ON, "");
        }
        return out;
    }

    /** The message under each field that has one (several joined), for the fields the user has touched. */
    public ObservableMap<RosterField, String> errors() {
        return shownErrors;
    }

    /** True when nothing is wrong, shown or not: the form may be saved. */
    public ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The 公民身份号码 typed, once it is valid: it tells the gender and the birth date. */
    public ReadOnlyObjectProperty<IdNumber> idNumber() {
        return idNumber.getReadOnlyProperty();
    }

    /** Shows errors found on saving (e.g. the number is already on the roster); the next change rechecks. */
    public void showErrors(List<FieldError> errors) {
        errors.forEach(e -> touched.add(e.field()));
        show(errors);
        valid.set(errors.isEmpty());
    }

    /** Runs the rules on the current text (pure Java, fast enough for every key stroke). */
    public MemberCheck check() {
        MemberCheck result = MemberRules.check(values(), null, branchId, today.get());
        try {
            String raw = values.get(RosterField.ID_NUMBER).get();
            idNumber.set(raw == null || raw.isBlank() ? null : IdNumber.parse(raw));
        } catch (InvalidIdNumberException e) {
            idNumber.set(null);
        }
        show(result.errors());
        valid.set(result.ok());
        return result;
    }

    private void show(List<FieldError> errors) {
        Map<RosterField, String> byField = new EnumMap<>(RosterField.class);
        for (FieldError e : errors) {
            if (touched.contains(e.field())) {
                byField.merge(e.field(), e.message(), (a, b) -> a + "；" + b);
            }
        }
        shownErrors.keySet().retainAll(byField.keySet());
        shownErrors.putAll(byField);
    }

    private static String initial(RosterField f) {
        return switch (f) {
            case PARTY_STATUS -> "正常";
            case CAN_WRITE -> YES;
            case FLOATING, LOST_CONTACT, LEADING_CADRE -> NO;
            default -> "";
        };
    }

    /** A stored member's field as the form shows it. */
    static String textOf(Member m, RosterField f) {
        return switch (f) {
            case NAME -> m.name();
            case ID_NUMBER -> m.idNumber();
            case GENDER -> m.gender();
            case ETHNICITY -> m.ethnicity();
            case BIRTH_DATE -> iso(m.birthDate());
            case EDUCATION -> m.education();
            case CATEGORY -> m.category();
            case JOINED_ON -> iso(m.joinedOn());
            case FULL_MEMBER_ON -> iso(m.fullMemberOn());
            case MEMBER_TYPE -> m.type() == null ? "" : m.type().label();
            case JOB -> m.job();
            case MOBILE -> m.mobile();
            case LANDLINE -> m.landline();
            case ADDRESS -> m.address();
            case PARTY_STATUS -> m.partyStatus();
            case LOST_CONTACT -> m.lostContact() ? YES : NO;
            case LOST_CONTACT_ON -> iso(m.lostContactOn());
            case FLOATING -> m.floating() ? YES : NO;
            case FLOATING_TO -> m.floatingTo();
            case REMARK -> m.remark();
            case LEADING_CADRE -> m.leadingCadre() ? YES : NO;
            case COMMITTEE_POST -> m.committeePost();
            case CAN_WRITE -> m.canWrite() ? YES : NO;
            default -> "";
        };
    }

    private static String iso(PartialDate d) {
        return d == null ? "" : d.iso();
    }
}
