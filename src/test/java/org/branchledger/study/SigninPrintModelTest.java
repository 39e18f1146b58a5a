package org.branchledger.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 打印签到表 line of 学习考勤, without a window. */
class SigninPrintModelTest {
    private static final StudySession LECTURE = new StudySession(7L, 1, LocalDate.of(2026, 12, 6),
            SessionKind.PARTY_LECTURE, "学习党章", 20, "会议室", "陆书记");
    private static final StudySession OTHER = new StudySession(8L, 1, LocalDate.of(2026, 12, 6),
            SessionKind.THEME_DAY, "清理村道", 20, null, null);

    @Test
    void theOfferNamesTheSessionAndGoesWhenAnotherIsPicked() {
        SigninPrintModel m = new SigninPrintModel();
        assertEquals("", m.message().get());
        m.offer(LECTURE);
        assertTrue(m.offering().get());
        assertEquals("活动已保存。现在打印签到表吗？", m.message().get());
        m.picked(LECTURE);
        assertSame(LECTURE, m.offered(), "picking the same session keeps the offer");
        m.picked(null);
        assertSame(LECTURE, m.offered(), "the list refilled after saving keeps it too");
        m.picked(OTHER);
        assertFalse(m.offering().get());
        assertNull(m.offered());
        assertEquals("", m.message().get());
    }

    @Test
    void printingSaysWhatItDoesAndWhereTheSheetWent() {
        SigninPrintModel m = new SigninPrintModel();
        m.offer(LECTURE);
        m.started(LECTURE);
        assertTrue(m.busy().get());
        assertFalse(m.offering().get());
        assertEquals("正在生成2026年12月6日党课的签到表……", m.message().get());
        m.picked(OTHER);
        assertEquals("正在生成2026年12月6日党课的签到表……", m.message().get(), "the line stays while printing");
        m.done(Path.of("/tmp/签到表.pdf"), "7K2M-9QXD");
        assertFalse(m.busy().get());
        assertEquals("签到表已保存: /tmp/签到表.pdf(校验码 7K2M-9QXD)。打开这个文件即可打印。", m.message().get());
        m.failed("磁盘已满");
        assertEquals("签到表没有保存: 磁盘已满", m.message().get());
    }

    @Test
    void theFileNameNamesBranchDateAndKind() {
        assertEquals("红旗村党支部-学习签到表-2026-12-06-党课.pdf", SigninSheet.fileName("红旗村党支部", LECTURE));
        assertEquals("ab-学习签到表-2026-12-06-主题党日.pdf", SigninSheet.fileName("a/b", OTHER));
    }
}
