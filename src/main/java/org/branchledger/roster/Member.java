package org.branchledger.roster;

import org.branchledger.core.dates.PartialDate;

/**
 * One Party member on the roster: the fields of the national 党员基本信息采集表 (DOMAIN.md §1) and our
 * own on top. Dates may be known to the month only.
 *
 * @param idNumber       公民身份号码, normalised to 18 characters; the natural key within a branch
 * @param category       人员类别, e.g. 农牧渔民, 企业职工
 * @param joinedOn       加入党组织日期 (入党日期)
 * @param fullMemberOn   转为正式党员日期 (转正日期); empty for 预备党员
 * @param partyStatus    党籍状态: 正常 or 停止党籍
 * @param lostContact    失联党员: stays on the roster and in every count
 * @param floating       流动党员 with 外出流向 in {@code floatingTo}: stays in every count
 * @param leadingCadre   党员领导干部: held to two essays a year
 * @param committeePost  支部委员 post (书记, 组织委员 …), empty for other members
 * @param canWrite       有书写能力: members who cannot write are exempt from written notes
 * @param leftReason     离开本支部 (转出 / 去世): kept for history, left out of current counts
 */
public record Member(Long id, long branchId, String name, String idNumber, String gender, String ethnicity,
                     PartialDate birthDate, String education, String category, PartialDate joinedOn,
                     PartialDate fullMemberOn, String job, String mobile, String landline, String address,
                     String partyStatus, boolean lostContact, PartialDate lostContactOn, boolean floating,
                     String floatingTo, String remark, MemberType type, boolean leadingCadre,
                     String committeePost, boolean canWrite, String leftReason, PartialDate leftOn) {

    /** Still a member of this branch (not 转出 or 去世), and so in every current count. */
    public boolean current() {
        return leftReason == null;
    }

    /** The same member on another branch's roster (an import planned before its branch existed). */
    public Member inBranch(long otherBranchId) {
        return new Member(id, otherBranchId, name, idNumber, gender, ethnicity, birthDate, education, category,
                joinedOn, fullMemberOn, job, mobile, landline, address, partyStatus, lostContact, lostContactOn,
                floating, floatingTo, remark, type, leadingCadre, committeePost, canWrite, leftReason, leftOn);
    }

    /** The same member under a database key (null for a member not yet stored). */
    public Member withId(Long newId) {
        return new Member(newId, branchId, name, idNumber, gender, ethnicity, birthDate, education, category,
                joinedOn, fullMemberOn, job, mobile, landline, address, partyStatus, lostContact, lostContactOn,
                floating, floatingTo, remark, type, leadingCadre, committeePost, canWrite, leftReason, leftOn);
    }

    /** The same member, marked as having left the branch (or back, with nulls). */
    public Member withLeft(String reason, PartialDate on) {
        return new Member(id, branchId, name, idNumber, gender, ethnicity, birthDate, education, category, joinedOn,
                fullMemberOn, job, mobile, landline, address, partyStatus, lostContact, lostContactOn, floating,
                floatingTo, remark, type, leadingCadre, committeePost, canWrite, reason, on);
    }

    public boolean committeeMember() {
        return committeePost != null && !committeePost.isBlank();
    }
}
