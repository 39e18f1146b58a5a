package org.branchledger.roster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** 民族 as the national code list (GB 3304) names them: the 56 民族, 其他 and 外国血统中国籍人士. */
public final class Ethnicities {
    public static final List<String> NAMES = List.of("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族",
            "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族",
            "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
            "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
            "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
            "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "其他", "外国血统中国籍人士");
    private static final Set<String> KNOWN = new LinkedHashSet<>(NAMES);

    private Ethnicities() {
    }

    /**
     * The listed name for what a sheet says: "汉族" as it is, "汉" → "汉族", "外国血统" → "外国血统中国籍人士";
     * null when it names none of them.
     */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        if (KNOWN.contains(text)) {
            return text;
        }
        String t = MemberRules.compactName(text);
        if (KNOWN.contains(t)) {
            return t;
        }
        if (KNOWN.contains(t + "族")) {
            return t + "族";
        }
        if (t.equals("外国血统") || t.equals("外国血统中国籍")) {
            return "外国血统中国籍人士";
        }
        return null;
    }
}
