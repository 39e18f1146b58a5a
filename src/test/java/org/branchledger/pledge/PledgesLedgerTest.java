package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.NoticePeriod;
import org.branchledger.roster.Member;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 践诺台账 and 公开承诺公示表 printed and read back; both in the pack; the public one without personal data. */
@OnBothEngines
class PledgesLedgerTest {
    private static final int YEAR = 2026;

    @TempDir
    Path dir;

    @Test
    void bothLedgersPrintTheirPledgesStepsCommentsAndRecords() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = LedgerPdf.demo(app, 10, 0, YEAR - 1);
            Member a = app.roster().members(branch.id()).stream().filter(Member::current).skip(1).findFirst()
                    .orElseThrow();
            PledgeService s = app.pledges();
            Pledge p = s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.SERVE, "关爱帮扶岗",
                    "每月走访联系的 3 户困难群众，帮助解决实际困难，并为其中行动不便的老人代办医保缴费等事项", "每月第一周入户",
                    a.name(), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 2, 1)));
            s.approve(p.id(), LocalDate.of(YEAR, 2, 10), "2月支部党员大会");
            s.publish(p.id(), LocalDate.of(YEAR, 2, 12));
            s.addProgress(p.id(), LocalDate.of(YEAR, 3, 5), "已走访 3 户");
            s.report(p.id(), LocalDate.of(YEAR, 7, 5), "7月主题党日上报告");
            s.evaluate(p.id(), Verdict.PARTLY_KEPT, LocalDate.of(YEAR, 7, 6), 825);
            s.explain(p.id(), LocalDate.of(YEAR, 7, 8), "一户外出，未能按月走访");
            Pledge road = s.save(Pledge.draft(branch.id(), null, PledgeCategory.RESULTS, null, "硬化村内道路 1.2 公里",
                    null, "陆书记", LocalDate.of(YEAR, 10, 31), LocalDate.of(YEAR, 2, 1)));
            s.publish(road.id(), LocalDate.of(YEAR, 2, 12));
            s.save(Pledge.draft(branch.id(), a.id(), PledgeCategory.STUDY, null, "没有时限的承诺草稿", null, null, null,
                    LocalDate.of(YEAR, 2, 1)));
            s.addComment(branch.id(), LocalDate.of(YEAR, 5, 20), "镇党委副书记 张建国", "承诺要具体，进度要公开");
            s.addActivity(new ActivityRecord(null, branch.id(), a.id(), LocalDate.of(YEAR, 4, 18), "参加河道清理义务劳动",
                    "清运垃圾两车", "河道整洁"));

            LedgerRequest request = new LedgerRequest(branch, YEAR, false, null, LocalDate.of(YEAR, 11, 22));
            String text = LedgerPdf.print(app, "pledges", request, dir.resolve("践诺.pdf"));
            String flat = text.replaceAll("\\s+", "");
            for (String expected : List.of("践诺台账", "每月走访联系的3户困难群众", "措施：每月第一周入户", "2026-03-05已走访3户",
                    "7月主题党日上报告", "部分兑现(2026-07-06)", "说明：一户外出", "82.5%", "硬化村内道路1.2公里", "逾期",
                    "领导点评", "镇党委副书记张建国", "承诺要具体，进度要公开", "活动记实", "参加河道清理义务劳动", "清运垃圾两车",
                    "河道整洁", "没有时限的承诺草稿", "未公示", a.name())) {
                assertTrue(flat.contains(expected), expected + " in " + text);
            }

            // printed again for the notice of February that published both pledges
            String notice = LedgerPdf.print(app, "pledges-public", request.withNotice(
                    new NoticePeriod(LocalDate.of(YEAR, 2, 12), LocalDate.of(YEAR, 2, 18))), dir.resolve("公示.pdf"));
            String flatNotice = notice.replaceAll("\\s+", "");
            assertTrue(flatNotice.contains("公开承诺公示表"), notice);
            assertTrue(flatNotice.contains("关爱帮扶岗"), notice);
            assertTrue(flatNotice.contains("硬化村内道路1.2公里"), notice);
            assertTrue(flatNotice.contains("2026年10月31日"), notice);
            assertTrue(flatNotice.contains("公示期:2026年2月12日至2026年2月18日"), notice);
            assertTrue(flatNotice.contains("监督电话:" + branch.phone().replaceAll("\\s+", "")), notice);
            assertTrue(flatNotice.contains("一户外出，未能按月走访"), "explained publicly: " + notice);
            assertFalse(flatNotice.contains("没有时限的承诺草稿"), "cannot be published, so not on the notice");
            assertFalse(flatNotice.contains("每月第一周入户"), "measures are for the ledger");
            for (Member m : app.roster().members(branch.id())) {
                assertFalse(flatNotice.contains(m.idNumber()), "no ID numbers");
                assertFalse(flatNotice.contains(m.idNumber().substring(0, 6)), "not even masked");
                if (m.mobile() != null) {
                    assertFalse(flatNotice.contains(m.mobile().substring(7)), "no phones");
                }
            }

            String pack = LedgerPdf.print(app, "pack", request, dir.resolve("包.pdf")).replaceAll("\\s+", "");
            assertTrue(pack.contains("践诺台账") && pack.contains("公开承诺公示表"), "both in the pack");
            assertTrue(pack.contains("公示日期") && pack.contains("2026年2月12日"), "the pack keeps when each was published");
        }
    }
}
