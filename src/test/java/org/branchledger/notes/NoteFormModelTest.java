package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.branchledger.roster.Member;
import org.junit.jupiter.api.Test;

/** The 新增 / 编辑 form without a window: typed or counted 字数, checked as typed. */
class NoteFormModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static Member member() {
        return new Member(7L, 3, "张三", "110101198001010011", "男", null, null, null, null, null, null, null, null,
                null, null, null, false, null, false, null, null, null, false, null, true, null, null);
    }

    @Test
    void countsTheWordsOfPastedTextAndLocksTheField() {
        NoteFormModel m = new NoteFormModel(2026, member(), null, TODAY);
        assertEquals("2026-05-20", m.date().get());
        m.kind().set(NoteKind.ESSAY);
        m.title().set("学习心得");
        assertFalse(m.valid().get()); // no 字数 yet
        m.body().set("学习贯彻 党的二十大精神，\n\u3000坚定理想信念。");
        assertEquals("19", m.words().get());
        assertTrue(m.counted().get());
        assertTrue(m.valid().get());
        ReadingNote n = m.note(3);
        assertEquals(19, n.wordCount());
        assertEquals(NoteKind.ESSAY, n.kind());
        assertEquals(7L, n.memberId());
        assertNull(n.id());
        m.body().set("  ");
        assertFalse(m.counted().get());
        assertNull(m.note(3).body());
    }

    @Test
    void checksTheDateAndTheTypedWordCount() {
        NoteFormModel m = new NoteFormModel(2026, member(), null, TODAY);
        m.title().set("读《习近平谈治国理政》");
        m.words().set("-3");
        assertFalse(m.wordsError().get().isEmpty());
        m.words().set("1200");
        assertEquals("", m.wordsError().get());
        assertTrue(m.valid().get());
        m.date().set("2025-12-31");
        assertEquals("日期须在 2026 年内", m.dateError().get());
        assertFalse(m.valid().get());
        m.date().set("2026年3月5日");
        assertTrue(m.valid().get());
        assertEquals(LocalDate.of(2026, 3, 5), m.note(3).writtenOn());
    }

    @Test
    void editingKeepsTheReview() {
        ReadingNote old = new ReadingNote(11L, 3, 7, LocalDate.of(2026, 2, 1), NoteKind.ESSAY, "心得", 3100, null,
                "李书记", LocalDate.of(2026, 2, 3), "很好", Grade.EXCELLENT);
        NoteFormModel m = new NoteFormModel(2026, member(), old, TODAY);
        assertEquals("3100", m.words().get());
        m.title().set("心得（修改）");
        ReadingNote n = m.note(3);
        assertEquals(11L, n.id());
        assertEquals(Grade.EXCELLENT, n.grade());
        assertEquals("李书记", n.reviewer());
    }
}
