package org.branchledger.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.branchledger.notes.EssayRule;
import org.branchledger.notes.Grade;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;
import org.branchledger.notes.SpotCheck;
import org.branchledger.roster.Member;

/**
 * A year of reading notes (笔记) and reflection essays (心得体会) for the demo branch, shaped like a real
 * village branch's: 党员领导干部 write two or three long essays (now and then one falls short of 3000 字),
 * other members who can write one essay and a few notes, old members who cannot write none (免写), the
 * member out of touch none, and a few others have not handed in their essay yet. The secretary reviews most
 * of them a few days later (the deputy reviews the secretary's own); some recent ones still wait, a few of
 * them more than a week. Essays sent back (需修改) are usually followed by a revised version. The
 * 镇党委督导组 has spot-checked five of them.
 *
 * <p>Deterministic for a given seed and day. Not thread-safe.
 */
final class DemoNotes {
    static final String CHECKER = "镇党委督导组";
    static final int SPOT_CHECK_SIZE = 5;

    private static final String[] CADRE_ESSAYS = {
        "《学习党章的体会》", "学习二十大精神心得", "学习习近平总书记关于“三农”工作重要论述的体会",
        "以党建引领乡村振兴的思考与实践", "学习《中国共产党纪律处分条例》心得体会", "当好乡村振兴带头人的体会",
        "学习中央一号文件精神，推动集体经济发展", "践行全心全意为人民服务宗旨的体会"};
    private static final String[] MEMBER_ESSAYS = {
        "《学习党章的体会》", "学习二十大精神心得", "重温入党誓词的体会", "观看警示教育片心得",
        "参观革命历史纪念馆有感", "做一名合格党员的体会", "学习《党员教育管理工作条例》心得",
        "在乡村振兴中发挥党员作用的体会"};
    private static final String[] NOTES = {
        "《习近平谈治国理政》读书笔记", "《中国共产党章程》学习笔记", "党的二十大报告学习笔记",
        "《求是》文章读书笔记", "中央一号文件学习笔记", "《中国共产党农村基层组织工作条例》学习笔记",
        "《人民日报》评论文章摘抄与体会", "学习强国专题学习笔记", "党史学习笔记", "《论党的自我革命》读书笔记"};
    private static final String[] EXCELLENT = {
        "认识深刻，联系实际好，值得大家学习", "观点鲜明，结合本职工作谈体会，很好", "内容充实，思考深入，可在支部交流"};
    private static final String[] GOOD = {
        "内容充实，体会较深", "联系实际较好，还可以再深入一些", "书写认真，体会真切"};
    private static final String[] PASS = {
        "基本达到要求", "内容较简单，要多联系自身实际", "摘抄较多，今后多写自己的体会"};
    private static final String[] REVISE = {
        "摘抄多、体会少，请修改后重交", "联系实际不够，请修改后重交", "内容与题目不符，请修改后重交"};
    private static final String[] CHECK_GOOD = {"合格", "批改认真", "合格，批改认真", "合格"};

    private final Random random;
    private final int year;
    private final LocalDate lastDay;

    /**
     * @param lastDay the last day notes may have been written or reviewed: yesterday in the current year,
     *                else 31 December
     */
    DemoNotes(long seed, int year, LocalDate lastDay) {
        this.random = new Random(seed * 31 + 13);
        this.year = year;
        this.lastDay = lastDay;
    }

    /** The year's notes and essays (not yet stored), in date order. */
    List<ReadingNote> notes(long branchId, List<Member> members, DemoStudy.Leaders leaders) {
        List<ReadingNote> out = new ArrayList<>();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        if (lastDay.isBefore(yearStart)) {
            return out;
        }
        for (Member m : members) {
            if (!m.current() || !m.canWrite() || m.lostContact()) {
                continue;
            }
            LocalDate from = m.joinedOn() != null && m.joinedOn().firstDay().isAfter(yearStart)
                    ? m.joinedOn().firstDay() : yearStart;
            if (from.isAfter(lastDay)) {
                continue;
            }
            String reviewer = m.name().equals(leaders.secretary()) && !leaders.deputy().equals(m.name())
                    ? leaders.deputy() : leaders.secretary();
            if (m.leadingCadre()) {
                int essays = 2 + random.nextInt(2);
                boolean shortOne = random.nextInt(100) < 35;
                List<String> titles = pickTitles(CADRE_ESSAYS, essays);
                List<LocalDate> days = spread(from, essays);
                for (int i = 0; i < essays; i++) {
                    int words = shortOne && i == essays - 1 ? 2750 + random.nextInt(200)
                            : EssayRule.CADRE_MIN_WORDS + 50 + random.nextInt(1800);
                    write(out, branchId, m, days.get(i), NoteKind.ESSAY, titles.get(i), words, reviewer);
                }
                int notes = random.nextInt(3);
                List<String> noteTitles = pickTitles(NOTES, notes);
                List<LocalDate> noteDays = spread(from, notes);
                for (int i = 0; i < notes; i++) {
                    write(out, branchId, m, noteDays.get(i), NoteKind.NOTE, noteTitles.get(i),
                            800 + random.nextInt(1200), reviewer);
                }
            } else {
                // 流动党员 often have not handed theirs in; a few others neither, yet.
                boolean essay = random.nextInt(100) < (m.floating() ? 45 : 88);
                if (essay) {
                    write(out, branchId, m, spread(from, 1).get(0), NoteKind.ESSAY,
                            pickTitles(MEMBER_ESSAYS, 1).get(0), 1200 + random.nextInt(1301), reviewer);
                }
                int notes = 1 + random.nextInt(4);
                List<String> noteTitles = pickTitles(NOTES, notes);
                List<LocalDate> noteDays = spread(from, notes);
                for (int i = 0; i < notes; i++) {
                    write(out, branchId, m, noteDays.get(i), NoteKind.NOTE, noteTitles.get(i),
                            500 + random.nextInt(1300), reviewer);
                }
            }
        }
        out.sort(Comparator.comparing(ReadingNote::writtenOn).thenComparing(ReadingNote::memberId));
        return out;
    }

    /** Adds the note with its review (if it has had one by {@link #lastDay}), and a revised version if sent back. */
    private void write(List<ReadingNote> out, long branchId, Member m, LocalDate on, NoteKind kind, String title,
                       int words, String reviewer) {
        long waited = lastDay.toEpochDay() - on.toEpochDay();
        LocalDate reviewedOn = on.plusDays(2 + random.nextInt(6));
        // Recent ones may still wait: most of the last fortnight's, some from two or three weeks ago (overdue).
        boolean waiting = reviewedOn.isAfter(lastDay)
                || waited <= 14 && random.nextInt(100) < 60
                || waited <= 24 && random.nextInt(100) < 25;
        if (waiting) {
            out.add(new ReadingNote(null, branchId, m.id(), on, kind, title, words, null, null, null, null, null));
            return;
        }
        int r = random.nextInt(100);
        boolean tooShort = kind == NoteKind.ESSAY && m.leadingCadre() && words < EssayRule.CADRE_MIN_WORDS;
        Grade grade = r < 22 ? Grade.EXCELLENT : r < 60 ? Grade.GOOD : r < (kind == NoteKind.ESSAY ? 92 : 97)
                ? Grade.PASS : Grade.REVISE;
        String comment = switch (grade) {
            case EXCELLENT -> pick(EXCELLENT);
            case GOOD -> pick(GOOD);
            case PASS -> pick(PASS);
            case REVISE -> pick(REVISE);
        };
        if (tooShort && grade != Grade.REVISE) {
            comment = comment + "；字数不足 " + EssayRule.CADRE_MIN_WORDS + " 字";
        }
        out.add(new ReadingNote(null, branchId, m.id(), on, kind, title, words, null, reviewer, reviewedOn, comment,
                grade));
        if (grade == Grade.REVISE && kind == NoteKind.ESSAY) {
            LocalDate again = reviewedOn.plusDays(3 + random.nextInt(8));
            if (!again.isAfter(lastDay) && random.nextInt(100) < 80) {
                write(out, branchId, m, again, kind, title + "（修改稿）",
                        words + 200 + random.nextInt(400), reviewer);
            }
        }
    }

    /**
     * The spot check of {@code sampleSize} of the stored year's notes, drawn as {@code NotesService.sample}
     * draws them (ids ascending, shuffled by the seed), with what the checker found; null when there are none.
     */
    SpotCheck spotCheck(long branchId, List<ReadingNote> stored) {
        if (stored.isEmpty()) {
            return null;
        }
        long seed = 100_000 + random.nextInt(900_000);
        List<ReadingNote> byId = new ArrayList<>(stored);
        byId.sort(Comparator.comparing(ReadingNote::id));
        List<Long> ids = new ArrayList<>(byId.stream().map(ReadingNote::id).toList());
        Collections.shuffle(ids, new Random(seed));
        List<SpotCheck.Item> items = new ArrayList<>();
        for (Long id : ids.subList(0, Math.min(SPOT_CHECK_SIZE, ids.size()))) {
            ReadingNote n = byId.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            String result;
            if (!n.reviewed()) {
                result = "未及时批改";
            } else if (n.grade() == Grade.REVISE) {
                result = "已退回修改，合格";
            } else if (n.grade() == Grade.PASS && random.nextInt(100) < 30) {
                result = "合格，批改意见过简";
            } else {
                result = pick(CHECK_GOOD);
            }
            items.add(new SpotCheck.Item(id, result));
        }
        return new SpotCheck(null, branchId, lastDay, CHECKER, seed, SPOT_CHECK_SIZE, items);
    }

    /** {@code n} distinct titles. */
    private List<String> pickTitles(String[] titles, int n) {
        List<String> all = new ArrayList<>(Arrays.asList(titles));
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    /** {@code n} days from {@code from} to {@link #lastDay}, one in each of {@code n} equal stretches, ascending. */
    private List<LocalDate> spread(LocalDate from, int n) {
        List<LocalDate> out = new ArrayList<>();
        long span = lastDay.toEpochDay() - from.toEpochDay() + 1;
        for (int i = 0; i < n; i++) {
            long start = span * i / n;
            long end = Math.max(start + 1, span * (i + 1) / n);
            out.add(from.plusDays(start + random.nextInt((int) (end - start))));
        }
        return out;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
