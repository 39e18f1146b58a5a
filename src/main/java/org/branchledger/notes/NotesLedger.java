package org.branchledger.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.ledger.Align;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;

/**
 * 读书笔记、心得体会批阅登记表 (DOMAIN.md §3, §6): every note and essay of the year with its review and
 * spot-check result, then each current member's essays against the rule.
 */
public final class NotesLedger implements LedgerKind {
    private final NotesService notes;
    private final RosterService roster;

    public NotesLedger(NotesService notes, RosterService roster) {
        this.notes = notes;
        this.roster = roster;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public String title() {
        return "读书笔记、心得体会批阅登记表";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        long branchId = request.branch().id();
        List<Member> members = roster.members(branchId);
        Map<Long, Integer> order = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Member m : members) {
            order.put(m.id(), order.size());
            names.put(m.id(), m.name());
        }
        Map<Long, String> checked = notes.spotResults(branchId);
        List<ReadingNote> year = new ArrayList<>(notes.notes(branchId, request.year()));
        year.sort(Comparator.comparing((ReadingNote n) -> order.getOrDefault(n.memberId(), Integer.MAX_VALUE))
                .thenComparing(ReadingNote::writtenOn).thenComparing(ReadingNote::id));
        List<Column> columns = List.of(
                new Column("序号", 0.6f, Align.CENTER), new Column("姓名", 1.1f, Align.CENTER),
                new Column("日期", 1.2f, Align.CENTER), new Column("类别", 1.0f, Align.CENTER),
                new Column("题目", 3.0f, Align.LEFT), new Column("字数", 0.8f, Align.CENTER),
                new Column("批改人", 1.0f, Align.CENTER), new Column("批改日期", 1.2f, Align.CENTER),
                new Column("批改意见", 2.6f, Align.LEFT), new Column("等级", 0.8f, Align.CENTER),
                new Column("抽查结果", 1.4f, Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        for (ReadingNote n : year) {
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), names.getOrDefault(n.memberId(), ""),
                    date(n.writtenOn()), n.kind().label(), n.title(), String.valueOf(n.wordCount()),
                    n.reviewer() == null ? "" : n.reviewer(), date(n.reviewedOn()),
                    n.reviewComment() == null ? "" : n.reviewComment(), n.grade() == null ? "" : n.grade().label(),
                    checked.getOrDefault(n.id(), "")));
        }
        List<Column> standingColumns = List.of(new Column("姓名", 1.2f, Align.CENTER),
                new Column("要求", 1.0f, Align.CENTER), new Column("计入", 1.0f, Align.CENTER),
                new Column("达标", 1.0f, Align.CENTER));
        List<List<String>> standingRows = new ArrayList<>();
        int yes = 0;
        int exempt = 0;
        List<MemberNotes> standings = notes.standings(branchId, request.year());
        for (MemberNotes s : standings) {
            EssayRule.Standing st = s.standing();
            if (st.compliance() == EssayRule.Compliance.YES) {
                yes++;
            } else if (st.compliance() == EssayRule.Compliance.EXEMPT) {
                exempt++;
            }
            standingRows.add(Arrays.asList(s.member().name(),
                    st.compliance() == EssayRule.Compliance.EXEMPT ? "免写" : String.valueOf(st.required()),
                    String.valueOf(st.counted()), st.compliance().label()));
        }
        List<String> foot = List.of(
                "要求：党员领导干部全年至少写出两篇 " + EssayRule.CADRE_MIN_WORDS + " 字以上的心得体会文章；"
                        + "有书写能力的党员至少写出一篇心得体会文章；无书写能力的党员免写。"
                        + "只计已批改且等级不是“需修改”的心得体会。",
                "达标 " + yes + " 人，免写 " + exempt + " 人，未达标 " + (standings.size() - yes - exempt)
                        + " 人 / 共 " + standings.size() + " 人。");
        List<Section> sections = List.of(new TableSection(null, columns, rows),
                new TableSection("党员心得体会完成情况", standingColumns, standingRows), new TextSection(foot));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
