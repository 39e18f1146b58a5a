package org.branchledger.pledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The gentle check of a pledge's wording: "承诺事项不求多、讲究实、能做到" and the complaint that pledges are
 * "比较笼统，可操作性不强" (DOMAIN.md §4). Too short, or no verb of something one can see done, gets a
 * warning; it never stops saving.
 */
public final class PledgeWording {
    /** Fewer characters than this (blanks and punctuation not counted) is too short to be checkable. */
    public static final int MIN_CHARS = 10;

    /** Verbs of things one can see done and count. */
    static final List<String> MEASURABLE_VERBS = List.of(
            "完成", "建成", "建立", "新建", "修建", "修缮", "修复", "硬化", "铺设", "安装", "改造", "整治", "清理",
            "开展", "举办", "组织", "召开", "参加", "走访", "慰问", "帮扶", "结对", "帮助", "联系", "调解", "化解",
            "培训", "讲授", "宣讲", "发展", "培养", "引进", "带动", "增加", "提高", "降低", "减少", "达到", "实现",
            "解决", "办理", "代办", "落实", "编制", "制定", "发放", "捐助", "种植", "养殖", "销售", "流转", "招引",
            "收集", "上交", "撰写", "学习", "志愿", "服务", "巡查", "排查", "整改", "推广", "创建", "评选", "回访");

    private PledgeWording() {
    }

    /** The warnings for the content, empty when it reads as concrete enough. */
    public static List<String> warnings(String content) {
        List<String> out = new ArrayList<>();
        String t = content == null ? "" : content.replaceAll("[\\s\\p{P}]", "");
        if (t.isEmpty()) {
            return out;
        }
        if (t.codePointCount(0, t.length()) < MIN_CHARS) {
            out.add("承诺内容较短（不足 " + MIN_CHARS + " 个字），群众可能看不出要做成什么");
        }
        if (MEASURABLE_VERBS.stream().noneMatch(t::contains)) {
            out.add("没有看得见、可检查的动作（如 完成、建成、走访、帮扶、培训 …），建议写明做什么、做多少");
        }
        return out;
    }
}
