package org.branchledger.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.branchledger.core.UserError;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.testing.DayClock;
import org.junit.jupiter.api.Test;

/** What the 台账打印 page offers, and its preview's state from asking to printing, without a window. */
class LedgersPageModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Branch BRANCH = new Branch(1L, "红旗村党支部", BranchKind.VILLAGE, "城关镇党委", "陆书记", null,
            "0571-8888 1234", 7, false);
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final LedgerService.Printed DRAFT = new LedgerService.Printed("QKQP-DEKN", List.of());

    /** A kind as the model sees it: its names and flags. */
    private static LedgerKind kind(String name, String title, boolean isPublic, boolean notice, boolean session) {
        return new LedgerKind() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public boolean isPublic() {
                return isPublic;
            }

            @Override
            public boolean needsNotice() {
                return notice;
            }

            @Override
            public boolean needsSession() {
                return session;
            }

            @Override
            public LedgerDocument build(LedgerRequest request) {
                throw new UnsupportedOperationException("the page model builds no ledger");
            }
        };
    }

    private static LedgersPageModel model() {
        LedgersPageModel m = new LedgersPageModel(List.of(kind("roster", "党员花名册", false, false, false),
                kind("signin", "学习签到表", false, false, true),
                kind("pledges-public", "公开承诺公示表", true, true, false)), DayClock.on(TODAY));
        m.branch().set(BRANCH);
        m.year().set(2026);
        return m;
    }

    @Test
    void theLedgersOfferedAndTheFileTheyAreSavedAs() {
        LedgersPageModel m = model();
        assertEquals(List.of("roster", "pledges-public", LedgerService.PACK), m.kinds(), "no sign-in sheet here");
        assertEquals("roster", m.kind().get(), "the first is chosen");
        assertEquals("公开承诺公示表(公示)", m.title("pledges-public"));
        assertEquals("督查材料包(封面、目录和全部台账)", m.title(LedgerService.PACK));
        assertEquals("红旗村党支部-党员花名册-2026.pdf", m.fileName(".pdf"));
        m.kind().set("pledges-public");
        assertEquals("红旗村党支部-公开承诺公示表公示-2026.xlsx", m.fileName(".xlsx"));
        assertEquals("公开承诺公示表(公示)", m.jobName());
        m.kind().set(LedgerService.PACK);
        assertEquals("红旗村党支部-督查材料包封面、目录和全部台账-2026.pdf", m.fileName(".pdf"));
    }

    @Test
    void aPreviewMakesPrintingAndSavingPossibleAndAnyChangePutsItAway() {
        LedgersPageModel m = model();
        m.printersFound(List.of("办公室打印机", "PDF"));
        assertEquals("办公室打印机", m.printer().get());
        assertEquals("选择台账后点“生成预览”，核对无误再打印或保存。年度和支部取自窗口上方的选择。", m.status().get());
        assertFalse(m.canPrint().get());
        assertFalse(m.canSavePdf().get());

        LedgerRequest request = m.request().orElseThrow();
        assertSame(BRANCH, request.branch());
        assertEquals(2026, request.year());
        assertNull(request.asOf(), "as of the day it is printed, by the service's clock");
        long ticket = m.generating();
        assertTrue(m.working().get());
        assertEquals("正在生成……", m.status().get());
        assertTrue(m.previewed(ticket, PDF, DRAFT, 3, null));
        assertFalse(m.working().get());
        assertEquals("共 3 页，校验码 QKQP-DEKN。以下是将要打印的实际页面。", m.status().get());
        assertSame(DRAFT, m.draft().get());
        assertArrayEquals(PDF, m.pdf());
        assertTrue(m.canPrint().get());
        assertTrue(m.canSavePdf().get());

        m.fullIds().set(true);
        assertNull(m.draft().get(), "another option: the preview no longer shows what would print");
        assertNull(m.pdf());
        assertFalse(m.canSavePdf().get());
        assertTrue(m.request().orElseThrow().fullIds());

        assertTrue(m.previewed(m.generating(), PDF, DRAFT, 3, null));
        m.year().set(2025);
        assertFalse(m.canPrint().get(), "another year");
        assertTrue(m.previewed(m.generating(), PDF, DRAFT, 3, null));
        m.branch().set(null);
        assertFalse(m.canPrint().get(), "another branch");
        assertTrue(m.request().isEmpty());
        assertEquals("请先在窗口上方选择支部。", m.status().get());
    }

    @Test
    void aPreviewThatArrivesAfterTheChoiceChangedIsNotShown() {
        LedgersPageModel m = model();
        long ticket = m.generating();
        m.kind().set("pledges-public");
        assertFalse(m.previewed(ticket, PDF, DRAFT, 2, null));
        assertNull(m.draft().get());
        assertFalse(m.working().get());
        assertEquals("选择台账后点“生成预览”，核对无误再打印或保存。年度和支部取自窗口上方的选择。", m.status().get());
    }

    @Test
    void withoutAPrinterOnlySavingIsPossible() {
        LedgersPageModel m = model();
        m.printersFound(List.of());
        assertTrue(m.noPrinter().get());
        assertEquals(List.of("未找到打印机"), m.printers());
        assertTrue(m.previewed(m.generating(), PDF, DRAFT, 1, null));
        assertFalse(m.canPrint().get());
        assertTrue(m.canSavePdf().get());
    }

    @Test
    void theNoticeIsAskedFromTodayForTheBranchsUsualDaysAndKeptWithItsPreview() {
        LedgersPageModel m = model();
        assertFalse(m.needsNotice(), "the roster asks no 公示期");
        m.kind().set("pledges-public");
        assertTrue(m.needsNotice());
        assertEquals(TODAY, m.today());
        assertEquals(7, m.usualNoticeDays(), "the branch's own 公示期");
        NoticePeriod period = new NoticePeriod(TODAY, TODAY.plusDays(6));
        assertTrue(m.previewed(m.generating(), PDF, DRAFT, 1, period));
        assertEquals(Optional.of(period), m.noticeShown(), "saving it as .xlsx asks no more");
        m.kind().set("roster");
        assertEquals(Optional.empty(), m.noticeShown());
    }

    @Test
    void theStatusLineSaysWhatHappened() {
        LedgersPageModel m = model();
        m.generating();
        assertFalse(m.failed(UserError.badInput("2026 年度的民主评议还没有评定等次，不能公示结果")),
                "a ledger that cannot be printed now says why on the page");
        assertEquals("2026 年度的民主评议还没有评定等次，不能公示结果", m.status().get());
        assertFalse(m.working().get());
        assertTrue(m.failed(new IllegalStateException("disk full")), "anything else goes to a dialog");
        assertEquals("选择台账后点“生成预览”，核对无误再打印或保存。年度和支部取自窗口上方的选择。", m.status().get());
        m.printing("办公室打印机");
        assertEquals("正在发送到打印机“办公室打印机”……", m.status().get());
        m.printed("办公室打印机", "QKQP-DEKN");
        assertEquals("已发送到打印机“办公室打印机”(校验码 QKQP-DEKN)。", m.status().get());
        m.saved(Path.of("台账.pdf"));
        assertEquals("已保存到 台账.pdf", m.status().get());
    }
}
