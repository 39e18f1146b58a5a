package org.branchledger.roster;

import java.util.Map;
import org.branchledger.core.ids.IdNumber;
import org.branchledger.core.ids.InvalidIdNumberException;
import org.branchledger.importing.Cell;
import org.branchledger.importing.RowReader;

/**
 * Finds the member a row of another feature's import means (CLI.md: matched by 公民身份号码, and a name
 * that does not match the ID number's member is rejected). Columns 姓名 and 公民身份号码.
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
}
