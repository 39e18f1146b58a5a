package org.branchledger.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;

/**
 * Two columns of one sheet naming the same field ("加入党组织日期" and "入党时间"): the national wording
 * is read, and the other must agree with it; a disagreement is the row's error, naming both columns.
 * Free-text fields (a 联系电话 beside a 手机号 often holds a landline) are not compared.
 */
final class TwinColumns {
    private static final Set<RosterField> COMPARED = EnumSet.of(RosterField.NAME, RosterField.ID_NUMBER,
            RosterField.GENDER, RosterField.ETHNICITY, RosterField.BIRTH_DATE, RosterField.JOINED_ON,
            RosterField.FULL_MEMBER_ON, RosterField.MEMBER_TYPE, RosterField.LOST_CONTACT_ON);

    private TwinColumns() {
    }

    /** The disagreements of a row's twin columns, each on the field of the column read. */
    static List<FieldError> compare(RosterSheet.Row row, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<RosterField, String> twin : row.twins().entrySet()) {
            RosterField field = twin.getKey();
            String read = row.values().get(field);
            String other = twin.getValue();
            if (!COMPARED.contains(field) || read == null || read.isBlank() || other == null || other.isBlank()) {
                continue;
            }
            String otherName = row.columns().twinNames().getOrDefault(field, field.label());
            if (!agree(field, read, other)) {
                errors.add(new FieldError(field, "与“" + otherName + "”(" + other.strip() + ")不一致"));
            }
        }
        return errors;
    }

    private static boolean agree(RosterField field, String a, String b) {
        if (field.isDate()) {
            try {
                PartialDate x = DateParser.parse(a.strip());
                PartialDate y = DateParser.parse(b.strip());
                return !x.isBefore(y) && !y.isBefore(x);
            } catch (DateParseException e) {
                return false;
            }
        }
        return plain(field, a).equals(plain(field, b));
    }

    private static String plain(RosterField field, String s) {
        String t = MemberRules.compactName(s).toUpperCase(java.util.Locale.ROOT);
        return field == RosterField.MEMBER_TYPE ? t.replace("党员", "") : t;
    }
}
