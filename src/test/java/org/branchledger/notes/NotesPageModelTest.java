package org.branchledger.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.branchledger.roster.Member;
import org.branchledger.testing.DayClock;
import org.junit.jupiter.api.Test;

/** What the 笔记心得 page shows from one load, and what its buttons act on, without a window. */
class NotesPageModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final Member ZHANG = member(7, "张三");
    private static final Member LI = member(8, "李四");

    static Member member(long id, String name) {
        return new Member(id, 1, name, "11010519491231002X", "女", null, null, null, null, null, null, null, null, null,
                null, "正常", false, null, false, null, null, null, false, null, true, null, null);
    }

    private static ReadingNote note(long id, long memberId, String title, Grade grade) {
        LocalDate written = LocalDate.of(2026, 5, 1);
        return new ReadingNote(id, 1, memberId, written, NoteKind.ESSAY, title, 1200, null,
                grade == null ? null : "王书记", grade == null ? null : written.plusDays(3), null, grade);
    }

    private static final ReadingNote ESSAY = note(1, 7, "学习党章心得", Grade.GOOD);
    private static final ReadingNote NOTE = note(2, 7, "党章学习笔记", null);
    private static final ReadingNote OTHER = note(3, 8, "二十大报告心得", null);

    private static NotesPageModel.Data data(List<ReadingNote> notes) {
        List<MemberNotes> standings = List.of(
                new MemberNotes(ZHANG, 1, 1, 1, new EssayRule.Standing(1, 1, EssayRule.Compliance.YES)),
                new MemberNotes(LI, 0, 1, 1, new EssayRule.Standing(0, 1, EssayRule.Compliance.NO)));
        List<ReviewQueueEntry> queue = List.of(new ReviewQueueEntry(OTHER, "李四", 19, true),
                new ReviewQueueEntry(NOTE, "张三", 3, false));
        return new NotesPageModel.Data(1, 2026, standings, notes, queue);
    }

    @Test
    void theYearInNumbersTheQueueAndTheFirstMembersNotes() {
        NotesPageModel model = new NotesPageModel(DayClock.on(TODAY));
        assertEquals("待批改", model.queueTab().get(), "before the first load");
        assertEquals("请在左侧选择党员", model.memberTitle().get());

        MemberNotes first = model.show(data(List.of(ESSAY, NOTE, OTHER)));
        assertEquals("2026年度心得体会：达标 1 人，免写 0 人，共 2 人", model.summary().get());
        assertEquals("待批改 2 篇，其中超过 7 天未批改 1 篇（红色）", model.queueCount().get());
        assertEquals("待批改 (2)", model.queueTab().get());
        assertSame(first, model.selectedMember().get());
        assertEquals("张三", first.member().name());
        assertEquals("张三: 心得 1 / 1，达标 是", model.memberTitle().get());
        assertEquals(List.of(ESSAY, NOTE), model.memberNotes());
        assertEquals(Map.of(7L, "张三", 8L, "李四"), model.names());
        assertEquals(List.of(ZHANG, LI), model.currentMembers());
        assertSame(LI, model.memberOf(OTHER));
        assertTrue(model.showing(1L, 2026));
        assertFalse(model.showing(1L, 2025), "another year is still loading");

        model.selectedMember().set(model.members().get(1));
        assertEquals("李四: 心得 0 / 1，达标 否", model.memberTitle().get());
        assertEquals(List.of(OTHER), model.memberNotes());

        model.clear();
        assertEquals("", model.summary().get());
        assertEquals("待批改 0 篇，其中超过 7 天未批改 0 篇（红色）", model.queueCount().get());
        assertEquals("请在左侧选择党员", model.memberTitle().get());
        assertTrue(model.memberNotes().isEmpty());
        assertFalse(model.showing(1L, 2026));
    }

    @Test
    void editAndReviewActOnTheNoteOfTheTabShown() {
        NotesPageModel model = new NotesPageModel(DayClock.on(TODAY));
        assertFalse(model.branchChosen().get());
        model.show(data(List.of(ESSAY, NOTE, OTHER)));
        assertFalse(model.noteActions().get(), "no note picked yet");

        model.selectedNote().set(NOTE);
        assertTrue(model.noteActions().get());
        assertSame(NOTE, model.picked().getValue());

        model.queueShown().set(true);
        assertNull(model.picked().getValue(), "the queue tab: its own selection counts, not the member's list");
        assertFalse(model.noteActions().get());
        model.selectedEntry().set(model.queue().get(0));
        assertSame(OTHER, model.picked().getValue());
        assertTrue(model.noteActions().get());

        model.queueShown().set(false);
        assertSame(NOTE, model.picked().getValue());
    }

    @Test
    void aReloadKeepsTheMemberAndTheNoteSelected() {
        NotesPageModel model = new NotesPageModel(DayClock.on(TODAY));
        model.show(data(List.of(ESSAY, NOTE, OTHER)));
        model.selectedNote().set(NOTE);
        model.selectedEntry().set(model.queue().get(1));

        ReadingNote reviewed = new ReadingNote(2L, 1, 7, NOTE.writtenOn(), NoteKind.NOTE, NOTE.title(), 1200, null,
                "王书记", TODAY, null, Grade.PASS);
        MemberNotes again = model.show(data(List.of(ESSAY, reviewed, OTHER)));
        assertEquals("张三", again.member().name());
        assertSame(reviewed, model.selectedNote().get(), "the same note, as read again");
        assertNull(model.selectedEntry().get(), "the queue was read again: nothing picked in it");

        model.selectedMember().set(model.members().get(1));
        model.show(data(List.of(ESSAY, NOTE, OTHER)));
        assertEquals("李四", model.selectedMember().get().member().name(), "the member picked stays picked");
        assertNull(model.selectedNote().get());
    }

    @Test
    void theFormsStartOnTheClocksDay() {
        DayClock clock = DayClock.on(TODAY);
        NotesPageModel model = new NotesPageModel(clock);
        assertEquals(TODAY, model.today());
        clock.set(TODAY.plusDays(9));
        assertEquals(TODAY.plusDays(9), model.today());
    }

    @Test
    void textsOfTheTables() {
        MemberNotes exempt = new MemberNotes(LI, 0, 0, 0, new EssayRule.Standing(0, 0, EssayRule.Compliance.EXEMPT));
        assertEquals("0（免写）", NotesPageModel.essays(exempt));
        assertEquals("待批改", NotesPageModel.review(NOTE));
        assertEquals("良（王书记 2026-05-04）", NotesPageModel.review(ESSAY));
        assertEquals("已等 19 天，超期", NotesPageModel.waiting(new ReviewQueueEntry(OTHER, "李四", 19, true)));
        assertEquals("已等 3 天", NotesPageModel.waiting(new ReviewQueueEntry(NOTE, "张三", 3, false)));
    }
}
