package org.branchledger.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.db.DataFolder;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.TableSection;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.branchledger.roster.MemberType;
import org.branchledger.testing.LedgerPdf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.branchledger.testing.TestApps;
import org.branchledger.testing.Engines.OnBothEngines;

/** The 登记表 and the 公示 of the demo branch's finished appraisal, printed and read back; the evidence. */
@OnBothEngines
class AppraisalLedgerTest {
    private static final int YEAR = 2025;

    @TempDir
    Path dir;

    private App app;
    private Branch branch;

    @BeforeEach
    void setUp() throws Exception {
        app = TestApps.open(dir.resolve("data"));
        branch = LedgerPdf.demo(app, 24, 30, YEAR);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void theRegisterShowsVotesEvidenceGradesAndTheRectification() throws Exception {
        String text = LedgerPdf.print(app, "appraisal", new LedgerRequest(branch, YEAR, false, null),
                dir.resolve("登记表.pdf"));
        assertTrue(text.contains("民主评议党员登记表"));
        assertTrue(text.contains("评议时间：" + YEAR + "-12-08 至 " + YEAR + "-12-20"), text);
        AppraisalSheet sheet = app.appraisal().sheet(branch.id(), YEAR);
        for (MemberAppraisal m : sheet.members()) {
            assertTrue(text.contains(m.member().name()), m.member().name());
        }
        assertTrue(text.contains("整改事项(挂号销号)"));
        assertTrue(text.contains("满意度过低"), "the flag is in the remarks");
        assertTrue(text.contains("预备党员") && text.contains("不评定"));
        assertTrue(text.contains("达标") && text.contains("无承诺"), "evidence columns");
        assertTrue(text.contains("评定结果：优秀 "), text);
        assertFalse(Pattern.compile("\\d{17}[\\dX]").matcher(text).find(), "no ID numbers");
    }

    @Test
    void thePublicNoticeHasNamesAndGradesOnly() throws Exception {
        String text = LedgerPdf.print(app, "appraisal-public", new LedgerRequest(branch, YEAR, true, null),
                dir.resolve("公示.pdf"));
        assertTrue(text.contains("民主评议结果公示"));
        assertTrue(text.contains("监督电话: " + branch.phone()), text);
        assertEquals(1, LedgerPdf.pageCount(dir.resolve("公示.pdf")), "one notice, one page");
        assertTrue(text.contains("公示期: " + YEAR + "年12月21日 至 " + YEAR + "年12月27日"), text);
        AppraisalSheet sheet = app.appraisal().sheet(branch.id(), YEAR);
        for (MemberAppraisal m : sheet.members()) {
            if (!m.probationary()) {
                assertTrue(text.contains(m.member().name() + " " + m.finalGrade().label()), m.member().name());
            }
        }
        LedgerDocument doc = app.ledgers().kind("appraisal-public").build(new LedgerRequest(branch, YEAR, true, null));
        TableSection t = (TableSection) doc.sections().get(1);
        assertEquals(List.of("序号", "姓名", "评定等次"), t.columns().stream().map(c -> c.title()).toList());
        assertEquals(sheet.graded(), t.rows().size(), "graded members only");
        assertFalse(Pattern.compile("\\d{6}[\\d*]{8}").matcher(text).find(), "no ID numbers, not even masked");
        assertTrue(app.ledgers().kind("appraisal-public").isPublic());
    }

    @org.junit.jupiter.api.Tag("slow") // prints the whole pack
    @Test
    void bothAreInThePack() throws Exception {
        String text = LedgerPdf.print(app, "pack", new LedgerRequest(branch, YEAR, false, null), dir.resolve("包.pdf"));
        assertTrue(text.contains("民主评议党员登记表"));
        assertTrue(text.contains("民主评议结果公示"));
    }

    @Test
    void pledgeResultsAreShownBesideTheVotes() {
        List<Member> current = app.roster().members(branch.id()).stream().filter(Member::current).toList();
        Member pledged = current.get(0);
        PledgeEvidence evidence = (branchId, year) -> branchId == branch.id() && year == YEAR
                ? Map.of(pledged.id(), new PledgeSummary(3, 2, 1, 0, 0)) : Map.of();
        AppraisalService service = new AppraisalService(org.branchledger.AppInternals.database(app), new AppraisalRepository(),
                new MemberRepository(), app.study(), app.notes(), evidence, app.todayClock());
        AppraisalSheet sheet = service.sheet(branch.id(), YEAR);
        MemberAppraisal first = sheet.members().get(0);
        assertEquals("3 项：已兑现 2、部分兑现 1", first.evidence().pledgesText());
        assertEquals("无承诺", sheet.members().get(1).evidence().pledgesText());
        assertEquals("5 项：已兑现 1、未兑现 1、未评 3", new PledgeSummary(5, 1, 0, 1, 3).text());

        LedgerDocument doc = new AppraisalLedger(service).build(new LedgerRequest(branch, YEAR, false, null));
        TableSection table = (TableSection) doc.sections().get(1);
        int pledgeColumn = table.columns().stream().map(c -> c.title()).toList().indexOf("承诺");
        assertEquals("3 项：已兑现 2、部分兑现 1", table.cell(0, pledgeColumn));
        assertEquals("无承诺", table.cell(1, pledgeColumn));
        int hoursColumn = table.columns().stream().map(c -> c.title()).toList().indexOf("学时");
        assertTrue(table.cell(0, hoursColumn).matches("\\d+\\.\\d/\\d+\\.\\d (达标|未达标)"), table.cell(0, hoursColumn));
    }

    @Test
    void theYearsPledgesReachTheAppraisalAsEvidence() {
        Map<Long, org.branchledger.pledge.MemberPledgeResults> results = app.pledges().memberResults(branch.id(), YEAR);
        assertFalse(results.isEmpty(), "the demo gives members pledges");
        AppraisalSheet sheet = app.appraisal().sheet(branch.id(), YEAR);
        int shown = 0;
        for (MemberAppraisal m : sheet.members()) {
            org.branchledger.pledge.MemberPledgeResults r = results.get(m.member().id());
            if (r == null) {
                assertEquals("无承诺", m.evidence().pledgesText(), m.member().name());
                continue;
            }
            shown++;
            PledgeSummary s = m.evidence().pledges();
            assertEquals(r.total(), s.total(), m.member().name());
            assertEquals(r.kept(), s.kept());
            assertEquals(r.partlyKept(), s.partlyKept());
            assertEquals(r.notKept(), s.notKept());
            assertEquals(r.inProgress() + r.overdue() + r.unpublished(), s.open());
            assertTrue(m.evidence().pledgesText().startsWith(r.total() + " 项"), m.evidence().pledgesText());
        }
        assertTrue(shown > 0, "some participants have pledges this year");
    }

    @Test
    void theDemoAppraisalIsFinished() {
        AppraisalSheet sheet = app.appraisal().sheet(branch.id(), YEAR);
        assertTrue(sheet.members().stream().filter(m -> !m.probationary()).allMatch(m -> m.finalGrade() != null),
                "every full member graded");
        assertTrue(sheet.members().stream().filter(MemberAppraisal::probationary).allMatch(m -> m.finalGrade() == null));
        assertTrue(sheet.members().stream().anyMatch(MemberAppraisal::probationary));
        assertFalse(sheet.tooManyExcellent(), "the committee kept to ⅓");
        assertTrue(sheet.count(AppraisalGrade.EXCELLENT) > 0);
        assertTrue(sheet.members().stream().noneMatch(MemberAppraisal::reasonMissing), "every differing grade has a reason");
        assertTrue(sheet.members().stream().anyMatch(m -> m.entry().reason() != null), "at least one grade differs");
        List<MemberAppraisal> low = sheet.members().stream().filter(m -> m.judgement().lowSatisfaction()).toList();
        assertFalse(low.isEmpty());
        assertEquals(low.size(), sheet.rectifications().size(), "one 整改事项 per low-satisfaction member");
        assertTrue(sheet.rectifications().stream().allMatch(r -> !r.open()), "closed in a past year's demo");
        int voters = (int) sheet.members().stream().filter(m -> !m.member().floating() && !m.member().lostContact())
                .count();
        assertTrue(sheet.members().stream().filter(m -> !m.probationary())
                .allMatch(m -> m.entry().votes().cast() == voters), "each voter cast one vote per member");
        assertTrue(sheet.members().stream().filter(m -> m.member().type() == MemberType.PROBATIONARY)
                .allMatch(m -> m.judgement().suggestion().equals("不评定")));
    }
}
