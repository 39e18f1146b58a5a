package org.branchledger.roster;

import org.branchledger.importing.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.core.ids.InvalidIdNumberException;

/**
 * The roster's rules (DOMAIN.md §1), shared by the form and every import: a valid 公民身份号码; birth
 * date and gender that agree with it; dates in order (born &lt; 入党 &lt; 转正) and not in the future;
 * 党员类型 consistent with 转正日期. Fields left out keep the member's current value (or the default the
 * ID number gives), so a sheet with fewer columns never erases what is known.
 */
public final class MemberRules {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern PHONE_NOISE = Pattern.compile("[\\s\\u3000-]");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("[\\d\\s()（）-]{7,20}");

    /** The longest text each field keeps (the database's columns). */
    private static final Map<RosterField, Integer> MAX_LENGTH = Map.of(RosterField.EDUCATION, 20,
            RosterField.CATEGORY, 40, RosterField.JOB, 100, RosterField.ADDRESS, 200, RosterField.FLOATING_TO, 100,
            RosterField.REMARK, 500, RosterField.COMMITTEE_POST, 20, RosterField.LANDLINE, 30);

    private MemberRules() {
    }

    /** 正式党员 / 预备党员 (also 正式, 预备), else null. */
    private static MemberType memberType(String text) {
        if (text.equals("正式党员")) {
            return MemberType.FULL;
        }
        if (text.equals("预备党员")) {
            return MemberType.PROBATIONARY;
        }
        return switch (compactName(text).replace("党员", "")) {
            case "正式" -> MemberType.FULL;
            case "预备" -> MemberType.PROBATIONARY;
            default -> null;
        };
    }

    /** A name as stored: Chinese names carry no spaces, stray ones come from hand-typed sheets. */
    static String compactName(String name) {
        return SPACES.matcher(name).replaceAll("");
    }

    /**
     * @param values  the typed or imported text per field; absent or blank means "not given"
     * @param current the member as stored, when updating; null for a new member
     */
    public static MemberCheck check(Map<RosterField, String> values, Member current, long branchId, LocalDate today) {
        return check(values, EnumSet.allOf(RosterField.class), RosterField::label, current, branchId, today);
    }

    /**
     * As {@link #check(Map, Member, long, LocalDate)}, for a sheet with only some columns.
     *
     * @param present the fields the sheet has a column for (a blank cell in it still says something: an
     *                empty 转正日期 column makes a 预备党员, a missing column makes nobody one)
     * @param names   how the sheet names each column, for messages that name a second column
     */
    public static MemberCheck check(Map<RosterField, String> values, Set<RosterField> present,
                                    Function<RosterField, String> names, Member current, long branchId,
                                    LocalDate today) {
        Fields f = new Fields(values);
        List<FieldError> errors = new ArrayList<>();
        values.forEach((field, text) -> {
            if (Text.isFormula(text)) {
                errors.add(new FieldError(field, Text.FORMULA_REASON));
            }
        });

        String name = f.text(RosterField.NAME) == null ? null : compactName(f.text(RosterField.NAME));
        if (name == null || name.isEmpty()) {
            name = current == null ? null : current.name();
        }
        if (name == null || name.isEmpty()) {
            errors.add(new FieldError(RosterField.NAME, "不能为空"));
        } else if (name.length() > 50) {
            errors.add(new FieldError(RosterField.NAME, "过长(最多50字)"));
        } else if (Text.hasInvisible(f.text(RosterField.NAME))) {
            errors.add(new FieldError(RosterField.NAME, Text.invisibleReason(f.text(RosterField.NAME))));
        }
        MAX_LENGTH.forEach((field, max) -> {
            String t = f.text(field);
            if (t != null && t.length() > max) {
                errors.add(new FieldError(field, "过长(最多" + max + "字，现有" + t.length() + "字)"));
            }
        });

        IdNumber id = null;
        String rawId = f.text(RosterField.ID_NUMBER);
        if (rawId == null && current != null) {
            rawId = current.idNumber();
        }
        if (rawId == null) {
            errors.add(new FieldError(RosterField.ID_NUMBER, "不能为空"));
        } else {
            try {
                id = IdNumber.parse(rawId);
            } catch (InvalidIdNumberException e) {
                errors.add(new FieldError(RosterField.ID_NUMBER, e.getMessage()));
            }
        }

        String gender = f.text(RosterField.GENDER);
        if (gender != null) {
            gender = gender.replace("性", "");
            if (!gender.equals("男") && !gender.equals("女")) {
                errors.add(new FieldError(RosterField.GENDER, "应填 男 或 女"));
            } else if (id != null && !gender.equals(id.gender())) {
                errors.add(new FieldError(RosterField.GENDER, "与公民身份号码不符(号码为" + id.gender() + "性)"));
            }
        }
        if (id != null) {
            gender = id.gender();
        }

        PartialDate birth = f.date(RosterField.BIRTH_DATE, errors, today);
        if (birth != null && id != null && !birth.sameAs(id.birthDate())) {
            errors.add(new FieldError(RosterField.BIRTH_DATE, "与公民身份号码不符(号码为" + id.birthDate() + ")"));
        }
        if (id != null) {
            birth = PartialDate.of(id.birthDate()); // the ID number knows the day, a sheet often only the month
        }

        PartialDate joined = f.dateOr(RosterField.JOINED_ON, errors, today, current == null ? null : current.joinedOn());
        PartialDate full = f.dateOr(RosterField.FULL_MEMBER_ON, errors, today,
                current == null ? null : current.fullMemberOn());
        if (joined != null && birth != null && !birth.isBefore(joined)) {
            errors.add(new FieldError(RosterField.JOINED_ON, "应晚于出生日期"));
        }
        if (full != null && joined != null && !joined.isBefore(full)) {
            errors.add(new FieldError(RosterField.FULL_MEMBER_ON, "应晚于入党日期"));
        }

        String statusText = f.text(RosterField.PARTY_STATUS);
        MemberType typeInStatus = statusText == null ? null : memberType(statusText);
        MemberType type = current == null ? null : current.type();
        String typeText = f.text(RosterField.MEMBER_TYPE);
        MemberType given = typeInStatus;
        if (typeText != null) {
            given = memberType(typeText);
            if (given == null) {
                errors.add(new FieldError(RosterField.MEMBER_TYPE, "应填 正式党员 或 预备党员"));
            } else if (typeInStatus != null && typeInStatus != given) {
                errors.add(new FieldError(RosterField.MEMBER_TYPE, "与“" + names.apply(RosterField.PARTY_STATUS)
                        + "”(" + typeInStatus.label() + ")不一致"));
            }
        }
        RosterField typeColumn = typeText != null ? RosterField.MEMBER_TYPE : RosterField.PARTY_STATUS;
        if (given != null) {
            type = given;
        } else if (typeText == null && (present.contains(RosterField.FULL_MEMBER_ON) || type == null && full != null)) {
            type = full != null ? MemberType.FULL : MemberType.PROBATIONARY; // the 转正 column says which
        } else if (type == null) {
            // Nothing in the sheet says which: only a member who joined within the year can still be 预备党员.
            type = joined != null && today.minusYears(1).isBefore(joined.firstDay()) ? MemberType.PROBATIONARY
                    : MemberType.FULL;
        }
        if (type == MemberType.PROBATIONARY && full != null) {
            errors.add(new FieldError(RosterField.FULL_MEMBER_ON, given == null ? "预备党员不应有转正日期"
                    : "“" + names.apply(typeColumn) + "”为预备党员，不应有转正日期"));
        }

        String mobile = current == null ? null : current.mobile();
        String landline = current == null ? null : current.landline();
        String phone = f.text(RosterField.MOBILE);
        if (phone != null) {
            String digits = PHONE_NOISE.matcher(phone).replaceAll("");
            if (MOBILE.matcher(digits).matches()) {
                mobile = digits;
            } else if (LANDLINE.matcher(phone).matches() && !f.has(RosterField.LANDLINE)) {
                landline = phone.strip(); // a 联系电话 column often holds a fixed line
            } else {
                errors.add(new FieldError(RosterField.MOBILE, "应为11位手机号码"));
            }
        }
        if (f.has(RosterField.LANDLINE)) {
            landline = f.text(RosterField.LANDLINE);
        }

        // Several systems keep 正式党员 / 预备党员 in 党籍状态: that is the member's type, and the status 正常.
        String status = typeInStatus != null ? "正常"
                : f.textOr(RosterField.PARTY_STATUS, current == null ? "正常" : current.partyStatus());
        if (!status.equals("正常") && !status.equals("停止党籍")) {
            errors.add(new FieldError(RosterField.PARTY_STATUS, "应填 正常 或 停止党籍(或 正式党员、预备党员)"));
        }
        String ethnicity = current == null ? null : current.ethnicity();
        String ethnicityText = f.text(RosterField.ETHNICITY);
        if (ethnicityText != null) {
            ethnicity = Ethnicities.canonical(ethnicityText);
            if (ethnicity == null) {
                errors.add(new FieldError(RosterField.ETHNICITY, "“" + ethnicityText
                        + "”不是民族名称(应填 汉族、蒙古族、回族……等56个民族之一，或 其他、外国血统中国籍人士)"));
            }
        }

        String remark = f.textOr(RosterField.REMARK, current == null ? null : current.remark());
        boolean floating = f.yesNo(RosterField.FLOATING, errors,
                current != null ? current.floating() : remark != null && remark.contains("流动"));
        boolean lost = f.yesNo(RosterField.LOST_CONTACT, errors,
                current != null ? current.lostContact() : remark != null && remark.contains("失联"));
        PartialDate lostOn = f.dateOr(RosterField.LOST_CONTACT_ON, errors, today,
                current == null ? null : current.lostContactOn());
        boolean cadre = f.yesNo(RosterField.LEADING_CADRE, errors, current != null && current.leadingCadre());
        boolean canWrite = f.yesNo(RosterField.CAN_WRITE, errors, current == null || current.canWrite());
        String post = current == null ? null : current.committeePost();
        String postText = f.text(RosterField.COMMITTEE_POST);
        if (postText != null) {
            post = YesNo.isNo(postText) ? null : YesNo.isYes(postText) ? "委员" : postText;
        }

        if (!errors.isEmpty()) {
            return new MemberCheck(null, List.copyOf(errors));
        }
        return new MemberCheck(new Member(current == null ? null : current.id(), branchId, name, id.value(), gender,
                ethnicity, birth,
                f.textOr(RosterField.EDUCATION, current == null ? null : current.education()),
                f.textOr(RosterField.CATEGORY, current == null ? null : current.category()), joined, full,
                f.textOr(RosterField.JOB, current == null ? null : current.job()), mobile, landline,
                f.textOr(RosterField.ADDRESS, current == null ? null : current.address()), status, lost, lostOn,
                floating, f.textOr(RosterField.FLOATING_TO, current == null ? null : current.floatingTo()), remark,
                type, cadre, post, canWrite, current == null ? null : current.leftReason(),
                current == null ? null : current.leftOn()), List.of());
    }

    /** The given values, trimmed; blank counts as not given. */
    private static final class Fields {
        private final Map<RosterField, String> values = new EnumMap<>(RosterField.class);

        Fields(Map<RosterField, String> raw) {
            raw.forEach((field, v) -> {
                String t = v == null ? "" : v.strip().replace('\u3000', ' ').strip();
                if (!t.isEmpty()) {
                    values.put(field, t);
                }
            });
        }

        boolean has(RosterField field) {
            return values.containsKey(field);
        }

        String text(RosterField field) {
            return values.get(field);
        }

        String textOr(RosterField field, String fallback) {
            return values.getOrDefault(field, fallback);
        }

        PartialDate date(RosterField field, List<FieldError> errors, LocalDate today) {
            String t = values.get(field);
            if (t == null) {
                return null;
            }
            try {
                PartialDate d = DateParser.parse(t);
                if (today.isBefore(d.firstDay())) {
                    errors.add(new FieldError(field, "不能晚于今天: " + t));
                }
                return d;
            } catch (DateParseException e) {
                errors.add(new FieldError(field, e.getMessage()));
                return null;
            }
        }

        PartialDate dateOr(RosterField field, List<FieldError> errors, LocalDate today, PartialDate fallback) {
            return has(field) ? date(field, errors, today) : fallback;
        }

        boolean yesNo(RosterField field, List<FieldError> errors, boolean fallback) {
            String t = values.get(field);
            if (t == null) {
                return fallback;
            }
            if (YesNo.isYes(t)) {
                return true;
            }
            if (YesNo.isNo(t)) {
                return false;
            }
            errors.add(new FieldError(field, "应填 是 或 否"));
            return fallback;
        }
    }
}
