package org.branchledger.ledger;

import java.util.ArrayList;
import java.util.List;

/** Ledgers shaped like the real ones of DOMAIN.md §6, filled with made-up people. */
final class SampleLedgers {
    static final String BRANCH = "城关镇东街社区第一党支部";
    static final String CODE = "7QK3-M9XD";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马"};
    private static final String[] GIVEN = {"建国", "秀英", "卫东", "桂兰", "志强", "海燕", "德华", "玉珍", "明", "晓雯", "振华", "淑芬"};
    private static final String[] NOTES = {"",
        "流动党员，常年在广东省深圳市宝安区务工，已与当地流动党员党组织取得联系，按月线上参加组织生活",
        "失联", "身体原因，由支部委员每季度送学上门", "2025年12月转入本支部", "兼任网格员"};

    private SampleLedgers() {
    }

    static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7 + 3) % GIVEN.length];
    }

    static List<Column> rosterColumns() {
        return List.of(Column.center("序号", 0.8f), Column.center("姓名", 1.6f), Column.center("性别", 0.8f),
                Column.center("民族", 1), Column.center("出生年月", 1.6f), Column.center("学历", 1.6f),
                Column.center("入党时间", 2), Column.center("转正时间", 2), Column.center("党员类型", 1.8f),
                Column.center("人员类别", 1.8f), Column.of("工作岗位", 2.4f), Column.center("联系电话", 2.3f),
                Column.center("公民身份号码", 3.6f), Column.of("备注", 6));
    }

    static List<String> rosterRow(int i) {
        return List.of(String.valueOf(i + 1), name(i), i % 3 == 0 ? "女" : "男", i % 9 == 0 ? "回族" : "汉族",
                (1950 + i % 50) + "-" + String.format("%02d", 1 + i % 12), i % 4 == 0 ? "大学本科" : "高中",
                (1980 + i % 40) + "-07-01", (1981 + i % 40) + "-07-01", i % 11 == 0 ? "预备党员" : "正式党员",
                i % 5 == 0 ? "离退休人员" : "在职", i % 2 == 0 ? "社区居委会委员" : "个体经营",
                "139****" + String.format("%04d", 1000 + i), "3301021950******" + String.format("%02d", i % 100),
                NOTES[i % NOTES.length]);
    }

    static LedgerDocument roster(int rows, Orientation orientation) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(rosterRow(i));
        }
        return new LedgerDocument("党员花名册", BRANCH, "2026年度", orientation, List.of(
                new TableSection(null, rosterColumns(), body),
                TextSection.of("合计: 正式党员 " + rows + " 名，预备党员 0 名；其中流动党员 3 名，失联党员 1 名。")), CODE);
    }

    static LedgerDocument signIn() {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            body.add(List.of(String.valueOf(i + 1), name(i), "", i == 4 ? "请假" : ""));
        }
        return new LedgerDocument("学习签到表", BRANCH, "2026年3月15日", Orientation.AUTO, List.of(
                TextSection.of("时间: 2026年3月15日 上午9:00", "地点: 社区党群服务中心二楼会议室", "形式: 集中学习",
                        "主题: 学习贯彻党的二十届四中全会精神", "主持人/授课人: 王建国    学时: 2"),
                new TableSection(null, List.of(Column.center("序号", 1), Column.center("姓名", 2.5f),
                        Column.of("签名", 5), Column.of("备注", 3)), body)
                        .withMinRowHeight(TableSection.SIGNATURE_ROW_HEIGHT)), "QX8P-2D4M");
    }

    static LedgerDocument pledges() {
        return new LedgerDocument("公开承诺公示表", BRANCH, "2026年度", Orientation.AUTO, List.of(
                new TableSection("一、党员承诺", List.of(Column.center("序号", 1), Column.center("承诺人", 2),
                        Column.of("岗位", 2.5f), Column.of("承诺事项", 8), Column.center("完成时限", 2.5f)), List.of(
                        List.of("1", "李秀英", "楼道长", "每月组织一次楼道环境整治，（重点）清理楼道堆放杂物，确保消防通道畅通；协助做好独居老人走访。", "2026年12月"),
                        List.of("2", "张卫东", "退役军人", "参与社区夜间巡逻，每周不少于两次。", "2026年12月"))),
                new TableSection("二、支部承诺", List.of(Column.center("序号", 1), Column.center("承诺人", 2),
                        Column.of("岗位", 2.5f), Column.of("承诺事项", 8), Column.center("完成时限", 2.5f)), List.of()),
                TextSection.of("公示期: 2026年3月1日至2026年3月7日", "监督电话: 0571-8888 6666")), null);
    }
}
