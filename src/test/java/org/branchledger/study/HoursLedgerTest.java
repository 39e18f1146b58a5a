package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** 党员学时统计表 of a demo year: every member's numbers as the study service counts them. */
@OnBothEngines
class HoursLedgerTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    @Test
    void everyMembersHoursMatchTheServiceAndTheFootCountsWhoComplies() throws Exception {
        try (App app = TestApps.open(dir.resolve("data"))) {
            Branch branch = app.demo().create(LedgerPdf.DEMO_BRANCH, 40, YEAR).branch();
            Path pdf = dir.resolve("学时.pdf");
            String text = LedgerPdf.print(app, "hours", new LedgerRequest(branch, YEAR, false, null), pdf);
            assertTrue(text.contains("党员学时统计表"));
            assertTrue(text.replaceAll("\\s+", "").contains("集中学习是否达2/3"), "the ⅔ column, as the font prints it");

            List<MemberHours> hours = app.study().hours(branch.id(), YEAR);
            assertEquals(40, hours.size());
            int compliant = 0;
            for (MemberHours h : hours) {
                HoursRule.Standing s = h.standing();
                Matcher row = Pattern.compile("(?m)^\\d+ " + h.member().name()
                        + " (\\d+\\.\\d) (\\d+\\.\\d) (\\d+\\.\\d) (\\d+\\.\\d) ([是否]) ([是否])").matcher(text);
                assertTrue(row.find(), h.member().name() + " in\n" + text);
                assertEquals(Hours.format(s.centralised()), row.group(1), h.member().name());
                assertEquals(Hours.format(s.self()), row.group(2));
                assertEquals(Hours.format(s.total()), row.group(3));
                assertEquals(Hours.format(s.required()), row.group(4));
                assertEquals(s.centralisedEnough() ? "是" : "否", row.group(5));
                assertEquals(s.compliant() ? "是" : "否", row.group(6));
                if (s.compliant()) {
                    compliant++;
                } else {
                    assertTrue(text.replaceAll("\\s+", "").contains(s.missingInWords().replaceAll("\\s+", "")),
                            s.missingInWords());
                }
            }
            assertTrue(compliant > 0 && compliant < hours.size(), "some comply and some fall short: " + compliant);
            assertTrue(text.contains("达标 " + compliant + " 人 / 共 40 人"), text);
            assertTrue(text.contains("每名党员全年学习不少于 40.0 学时"), text);
            assertTrue(text.replaceAll("\\s+", "").contains("集中学习不少于2/3(26.7学时)"),
                    "the share as HoursRule counts it");
            assertTrue(text.contains("乡村振兴与集体经济发展"), "the branch's own topic among the required ones");
        }
    }
}
