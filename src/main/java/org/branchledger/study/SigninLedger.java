package org.branchledger.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.branchledger.core.UserError;
import org.branchledger.ledger.Align;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.NoticePeriod;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterService;

/**
 * 学习签到表 (DOMAIN.md §2, §6): printed before a session, with the session's head and every current
 * member's name (流动 and 失联 included, and marked so the empty line is explained) beside a wide empty
 * column to sign in. 请假 and 补课 are written into 备注 by hand. One sheet per session: the one named, or (as printed before sessions could be named) every
 * session of the day. A 支委会's
 * sheet lists the committee first, with their posts, and counts them as 应到.
 */
public final class SigninLedger implements LedgerKind {
    private static final List<Column> COLUMNS = List.of(
            new Column("序号", 0.8f, Align.CENTER), new Column("姓名", 1.8f, Align.CENTER),
            new Column("签名", 4.0f, Align.CENTER), new Column("备注", 2.6f, Align.LEFT));

    private final StudyService study;
    private final RosterService roster;

    public SigninLedger(StudyService study, RosterService roster) {
        this.study = study;
        this.roster = roster;
    }

    @Override
    public String name() {
        return "signin";
    }

    @Override
    public String title() {
        return "学习签到表";
    }

    @Override
    public boolean needsSession() {
        return true;
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        LocalDate day = request.session();
        if (day == null) {
            throw UserError.badInput("学习签到表需要学习活动的日期(--session)");
        }
        long branchId = request.branch().id();
        // One session when it is named (the window, and the command since sessions are picked one by one);
        // every session of the day for print records made before that.
        List<StudySession> sessions = study.sessions(branchId, day.getYear()).stream()
                .filter(s -> s.heldOn().equals(day))
                .filter(s -> request.sessionId() == null || request.sessionId().equals(s.id())).toList();
        if (sessions.isEmpty()) {
            throw UserError.badInput(request.branch().name() + " " + date(day) + "没有"
                    + (request.sessionId() == null ? "学习活动" : "这场学习活动(可能已被删除或改了日期)"));
        }
        List<Member> members = roster.members(branchId).stream().filter(Member::current).toList();
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (StudySession s : sessions) {
            n++;
            // The head is the table's caption, so it is never left at a page's foot apart from its names.
            String head = (sessions.size() > 1 ? "第 " + n + " 场(本日共 " + sessions.size() + " 场)\n" : "")
                    + "时间: " + date(s.heldOn()) + "        地点: " + orBlank(s.place()) + "\n"
                    + "形式: " + s.kind().label() + "        学时: " + Hours.format(s.hoursTenths())
                    + "        主持人/授课人: " + orBlank(s.speaker()) + "\n"
                    + "主题: " + s.topic();
            // A 支委会 is the committee's meeting: its members come first, with their posts, and are the 应到;
            // the other members stay on the sheet for those who attend without a vote (列席).
            boolean committeeOnly = s.kind() == SessionKind.COMMITTEE_MEETING;
            List<Member> listed = committeeOnly
                    ? Stream.concat(members.stream().filter(Member::committeeMember),
                            members.stream().filter(m -> !m.committeeMember())).toList()
                    : members;
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (Member m : listed) {
                String remark = committeeOnly && m.committeeMember() ? "支部" + m.committeePost() : remark(m);
                rows.add(Arrays.asList(String.valueOf(++i), m.name(), null, remark));
            }
            long expected = committeeOnly ? members.stream().filter(Member::committeeMember).count() : members.size();
            sections.add(new TableSection(head, COLUMNS, rows).withMinRowHeight(TableSection.SIGNATURE_ROW_HEIGHT));
            sections.add(TextSection.of("应到 " + expected + " 人" + (committeeOnly ? "(支部委员)" : "")
                    + "        实到 ______ 人        请假 ______ 人        缺席 ______ 人"));
        }
        return new LedgerDocument(title(), request.branch().name(), date(day), Orientation.PORTRAIT,
                sections, null);
    }

    /** 2026年3月5日 */
    static String date(LocalDate d) {
        return NoticePeriod.format(d);
    }

    private static String orBlank(String text) {
        return text == null || text.isBlank() ? "________" : text;
    }

    /** Only what explains an empty signature before the session: away or out of touch. */
    private static String remark(Member m) {
        if (m.lostContact()) {
            return "失联党员";
        }
        if (m.floating()) {
            return "流动党员" + (m.floatingTo() == null ? "" : "(" + m.floatingTo() + ")");
        }
        return null;
    }
}
