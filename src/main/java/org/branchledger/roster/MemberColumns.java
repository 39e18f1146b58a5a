package org.branchledger.roster;

import java.util.Map;

/** The member table's columns in the words of the roster, for the audit trail's "what changed". */
public final class MemberColumns {
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", RosterField.NAME.label()), Map.entry("id_number", RosterField.ID_NUMBER.label()),
            Map.entry("gender", RosterField.GENDER.label()), Map.entry("ethnicity", RosterField.ETHNICITY.label()),
            Map.entry("birth_date", RosterField.BIRTH_DATE.label()),
            Map.entry("education", RosterField.EDUCATION.label()), Map.entry("category", RosterField.CATEGORY.label()),
            Map.entry("joined_on", RosterField.JOINED_ON.label()),
            Map.entry("full_member_on", RosterField.FULL_MEMBER_ON.label()), Map.entry("job", RosterField.JOB.label()),
            Map.entry("mobile", RosterField.MOBILE.label()), Map.entry("landline", RosterField.LANDLINE.label()),
            Map.entry("address", RosterField.ADDRESS.label()),
            Map.entry("party_status", RosterField.PARTY_STATUS.label()),
            Map.entry("lost_contact", "失联党员"), Map.entry("lost_contact_on", RosterField.LOST_CONTACT_ON.label()),
            Map.entry("floating", "流动党员"), Map.entry("floating_to", RosterField.FLOATING_TO.label()),
            Map.entry("remark", RosterField.REMARK.label()), Map.entry("member_type", RosterField.MEMBER_TYPE.label()),
            Map.entry("leading_cadre", RosterField.LEADING_CADRE.label()),
            Map.entry("committee_post", RosterField.COMMITTEE_POST.label()),
            Map.entry("can_write", RosterField.CAN_WRITE.label()), Map.entry("left_reason", "离开本支部"),
            Map.entry("left_on", "离开日期"));

    private MemberColumns() {
    }
}
