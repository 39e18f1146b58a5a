package org.branchledger.roster;

import java.util.List;

/**
 * The roster's fields as people name them: the label we print and the synonyms found in the
 * spreadsheets secretaries really keep. The order is the national 汇总表 order, then our own fields.
 */
public enum RosterField {
    NAME("姓名"),
    BRANCH("所在党支部", "所在支部", "党支部"),
    ID_NUMBER("公民身份号码", "公民身份证号", "公民身份证号码", "身份证号", "身份证号码", "身份证", "证件号码"),
    GENDER("性别"),
    ETHNICITY("民族"),
    BIRTH_DATE("出生日期", "出生年月", "出生年月日", "出生时间", "生日"),
    EDUCATION("学历", "文化程度", "最高学历"),
    CATEGORY("人员类别", "人员身份", "身份类别"),
    JOINED_ON("加入党组织日期", "入党日期", "入党时间", "入党年月", "确定为预备党员时间", "接收为预备党员时间",
            "确定为预备党员日期", "接收为预备党员日期", "发展为预备党员时间"),
    FULL_MEMBER_ON("转为正式党员日期", "转正日期", "转正时间", "转正年月", "转为正式党员时间"),
    JOB("工作岗位", "岗位", "职务", "工作单位及职务", "工作单位及职位", "单位职务", "现任职务"),
    MOBILE("手机号", "手机号码", "手机", "联系电话", "联系方式", "电话"),
    LANDLINE("固定电话", "座机", "办公电话"),
    ADDRESS("家庭住址", "现居住地", "住址", "居住地址", "家庭地址"),
    PARTY_STATUS("党籍状态"),
    LOST_CONTACT("是否为失联党员", "失联党员", "是否失联"),
    LOST_CONTACT_ON("失去联系日期", "失联日期"),
    FLOATING("是否为流动党员", "流动党员", "是否流动党员"),
    FLOATING_TO("外出流向", "流向", "外出地点"),
    REMARK("备注"),
    MEMBER_TYPE("党员类型", "党员类别", "党员身份", "正式/预备党员", "正式或预备党员", "正式或预备", "正式/预备",
            "党员性质"),
    LEADING_CADRE("党员领导干部", "是否党员领导干部", "领导干部"),
    COMMITTEE_POST("支部委员", "支委职务", "支部职务", "是否支部委员"),
    CAN_WRITE("有书写能力", "是否有书写能力", "书写能力");

    private final String label;
    private final List<String> synonyms;

    RosterField(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    /** The name printed on ledgers and shown on screen. */
    public String label() {
        return label;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    public boolean required() {
        return this == NAME || this == ID_NUMBER;
    }

    /** The field a label names, or null. */
    public static RosterField ofLabel(String label) {
        for (RosterField f : values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        return null;
    }

    public boolean isDate() {
        return this == BIRTH_DATE || this == JOINED_ON || this == FULL_MEMBER_ON || this == LOST_CONTACT_ON;
    }
}
