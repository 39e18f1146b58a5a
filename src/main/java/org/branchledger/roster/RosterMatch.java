package org.branchledger.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.core.ids.InvalidIdNumberException;
import org.branchledger.importing.Cell;
import org.branchledger.importing.RowReader;

/**
 * Finds the member a row of another feature's import means (CLI.md: matched by 公民身份号码, and a name
 * that does not match the ID number's member is rejected). Columns 姓名 and 公民身份号码. A file with no
 * 公民身份号码 column (most attendance sheets) is matched by 姓名 among the branch's current members: a
 * name nobody or two members have is rejected, naming them with masked ID numbers.
 */
public final class RosterMatch {
    private RosterMatch() {
    }

    /** The member, or null with the reason recorded on the row. */
    public static Member member(RowReader r, Map<String, Member> byIdNumber) {
        String name = r.text("姓名", true);
        Cell idCell = r.cell("公民身份号码");
        if (idCell.blank()) {
            r.reject("公民身份号码", "不能为空");
            return null;
        }
        if (idCell.kind() != Cell.Kind.TEXT) {
            r.reject("公民身份号码", "单元格是数字格式，号码末几位已丢失；请把这一列设置为“文本”格式后重新录入");
            return null;
        }
        try {
            Member m = byIdNumber.get(IdNumber.parse(idCell.text()).value());
            if (m == null) {
                r.reject("公民身份号码", "花名册中没有此人(" + (name == null ? "" : name) + ")，请先把他加入花名册");
                return null;
            }
            if (name != null && !MemberRules.compactName(name).equals(m.name())) {
                r.reject("姓名", "与该公民身份号码在册的党员(" + m.name() + ")不符");
                return null;
            }
            return m;
        } catch (InvalidIdNumberException e) {
            r.reject("公民身份号码", e.getMessage());
            return null;
        }
    }

    /** A branch's members, looked up by ID number (all) and by name (those still in the branch). */
    public static final class Members {
        private final Map<String, Member> byIdNumber = new LinkedHashMap<>();
        private final Map<String, List<Member>> currentByName = new LinkedHashMap<>();

        public Members(List<Member> members) {
            for (Member m : members) {
                byIdNumber.put(m.idNumber(), m);
                if (m.current()) {
                    currentByName.computeIfAbsent(MemberRules.compactName(m.name()), k -> new ArrayList<>()).add(m);
                }
            }
        }

        public Map<String, Member> byIdNumber() {
            return byIdNumber;
        }
    }

    /** The member a row means, or the column and reason it is rejected for (member null). */
    public record Found(Member member, String field, String problem) {
        static Found ok(Member m) {
            return new Found(m, null, null);
        }

        static Found no(String field, String problem) {
            return new Found(null, field, problem);
        }
    }

    /**
     * The member by 姓名 alone, among the current members: e.g. {@code 有两名党员叫“张伟”(公民身份号码
     * ****1234、****5678)，请在表中加上公民身份号码列}.
     */
    public static Found byName(String name, Members members) {
        if (name == null || name.isBlank()) {
            return Found.no("姓名", "不能为空");
        }
        String compact = MemberRules.compactName(name.strip());
        List<Member> same = members.currentByName.getOrDefault(compact, List.of());
        if (same.isEmpty()) {
            return Found.no("姓名", "本支部在册党员中没有“" + compact + "”，请先把他加入花名册，或核对姓名");
        }
        if (same.size() > 1) {
            return Found.no("姓名", "有" + count(same.size()) + "名党员叫“" + compact + "”(公民身份号码 "
                    + same.stream().map(m -> masked(m.idNumber())).collect(Collectors.joining("、"))
                    + ")，请在表中加上公民身份号码列");
        }
        return Found.ok(same.get(0));
    }

    /**
     * The member of a row: by 公民身份号码 when the file has that column and the cell is filled (the name,
     * if given, must agree), else by 姓名 among the current members.
     */
    public static Found find(String name, Cell idCell, Members members) {
        if (idCell == null || idCell.blank()) {
            return byName(name, members);
        }
        if (idCell.kind() != Cell.Kind.TEXT) {
            return Found.no("公民身份号码", "单元格是数字格式，号码末几位已丢失；请把这一列设置为“文本”格式后重新录入");
        }
        try {
            Member m = members.byIdNumber.get(IdNumber.parse(idCell.text()).value());
            if (m == null) {
                return Found.no("公民身份号码", "花名册中没有此人(" + (name == null ? "" : name.strip())
                        + ")，请先把他加入花名册");
            }
            if (name != null && !name.isBlank() && !MemberRules.compactName(name.strip()).equals(m.name())) {
                return Found.no("姓名", "与该公民身份号码在册的党员(" + m.name() + ")不符");
            }
            return Found.ok(m);
        } catch (InvalidIdNumberException e) {
            return Found.no("公民身份号码", e.getMessage());
        }
    }

    /** {@link #find} for a row read by a {@link RowReader}; null with the reason recorded on the row. */
    public static Member member(RowReader r, Members members) {
        String name = r.text("姓名", false);
        if (name == null && !r.cell("姓名").blank()) {
            return null; // a formula, already rejected
        }
        Found found = find(name, r.cell("公民身份号码"), members);
        if (found.member() == null) {
            r.reject(found.field(), found.problem());
        }
        return found.member();
    }

    /** An ID number as screens and messages may show it: only the last four characters, "****1234". */
    public static String masked(String idNumber) {
        if (idNumber == null || idNumber.length() <= 4) {
            return "****";
        }
        return "****" + idNumber.substring(idNumber.length() - 4);
    }

    /** A name as the roster keeps it: without spaces (also U+3000) inside or around. */
    public static String compact(String name) {
        return name == null ? null : MemberRules.compactName(name.strip());
    }

    private static String count(int n) {
        return n == 2 ? "两" : String.valueOf(n);
    }
}
