package org.branchledger.appraisal;

import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * 民主评议党员登记表 (DOMAIN.md §6), landscape: per participant the self-assessment, the votes, the
 * satisfaction, 五带头, the evidence (学时, 心得, 承诺), suggested and final grade with reason; then the
 * 整改事项, the follow-ups of 不合格 members, the round's counts and warnings.
 */
public final class AppraisalLedger implements LedgerKind {
    static final int SELF_SUMMARY_CHARS = 24;

    private final AppraisalService appraisal;

    public AppraisalLedger(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public String name() {
        return "appraisal";
    }

    @Override
    public String title() {
        return "民主评议党员登记表";
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        AppraisalSheet sheet = appraisal.sheet(request.branch().id(), request.year());
        Map<Long, FollowUp> followUps = sheet.followUpByMember();
        List<Column> columns = List.of(
                Column.center("序号", 0.45f), Column.center("姓名", 0.9f), Column.of("个人自评", 4.5f),
                Column.center("优秀", 0.5f), Column.center("合格", 0.5f), Column.center("基本合格", 0.6f),
                Column.center("不合格", 0.6f), Column.center("群众满意度", 0.8f), Column.center("五带头考核", 0.8f),
                Column.center("学时", 1.3f), Column.center("心得", 1.0f), Column.of("承诺", 2.6f),
                Column.center("建议等次", 0.8f), Column.center("评定等次", 0.8f), Column.of("理由 / 备注", 1.8f));
        List<List<String>> rows = new ArrayList<>();
        for (MemberAppraisal m : sheet.members()) {
            AppraisalEntry e = m.entry();
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), m.member().name(), summary(e.selfAssessment()),
                    String.valueOf(e.votes().excellent()), String.valueOf(e.votes().qualified()),
                    String.valueOf(e.votes().basic()), String.valueOf(e.votes().failed()),
                    e.mass().satisfactionText(), e.fiveLead() == null ? "" : e.fiveLead(),
                    m.evidence().hoursText(), m.evidence().essaysText(), m.evidence().pledgesText(),
                    m.judgement().suggestion(), m.probationary() ? "不评定" : grade(e.finalGrade()),
                    remark(m, followUps.get(m.member().id()))));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(TextSection.of(roundLine(sheet.round())));
        sections.add(new TableSection(null, columns, rows));
        if (sheet.rectifications().isEmpty()) {
            sections.add(TextSection.of("整改事项：无"));
        } else {
            List<List<String>> items = new ArrayList<>();
            for (Rectification r : sheet.rectifications()) {
                items.add(Arrays.asList(String.valueOf(items.size() + 1), sheet.nameOf(r.memberId()),
                        r.openedOn().toString(), r.issue(), r.closedOn() == null ? "未销号" : r.closedOn().toString(),
                        r.closeNote() == null ? "" : r.closeNote()));
            }
            sections.add(new TableSection("整改事项(挂号销号)", List.of(Column.center("序号", 0.5f),
                    Column.center("姓名", 1.0f), Column.center("登记日期", 1.1f), Column.of("整改事项", 4.0f),
                    Column.center("销号日期", 1.1f), Column.of("整改情况", 4.0f)), items));
        }
        if (!sheet.followUps().isEmpty()) {
            List<List<String>> items = new ArrayList<>();
            for (FollowUp f : sheet.followUps()) {
                items.add(Arrays.asList(String.valueOf(items.size() + 1), sheet.nameOf(f.memberId()), f.kind().label(),
                        f.decidedOn().toString(), f.deadline() == null ? "" : f.deadline().toString(),
                        f.note() == null ? "" : f.note()));
            }
            sections.add(new TableSection("不合格党员处置", List.of(Column.center("序号", 0.5f),
                    Column.center("姓名", 1.0f), Column.center("处置方式", 1.1f), Column.center("决定日期", 1.1f),
                    Column.center("改正期限", 1.1f), Column.of("说明", 6.0f)), items));
        }
        List<String> foot = new ArrayList<>();
        foot.add("参加评议 " + sheet.members().size() + " 人：正式党员 " + sheet.graded() + " 人评定等次，预备党员 "
                + sheet.probationary() + " 人参加评议、不评定等次。");
        foot.add("评定结果：优秀 " + sheet.count(AppraisalGrade.EXCELLENT) + " 人，合格 "
                + sheet.count(AppraisalGrade.QUALIFIED) + " 人，基本合格 " + sheet.count(AppraisalGrade.BASIC)
                + " 人，不合格 " + sheet.count(AppraisalGrade.FAILED) + " 人，未评定 "
                + (sheet.graded() - sheet.decided()) + " 人。");
        AppraisalRule.Thresholds t = sheet.round().thresholds();
        foot.add("建议等次取得票最多的等次(票数持平时由支委会研究)；不合格票超过 " + t.failShare().text()
                + " 的初步认定为不合格；群众满意度(满意 + 基本满意)低于 " + t.satisfactionMin().text()
                + " 的登记整改事项；优秀一般不超过参评正式党员的 " + t.excellentCap().text()
                + "。建议等次仅供参考，等次由支部委员会评定。");
        sheet.warnings().forEach(w -> foot.add("提示：" + w));
        sections.add(new TextSection(foot));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }

    static String roundLine(AppraisalRound r) {
        return "评议时间：" + (r.startedOn() == null ? "　　" : r.startedOn().toString()) + " 至 "
                + (r.endedOn() == null ? "　　" : r.endedOn().toString());
    }

    private static String summary(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= SELF_SUMMARY_CHARS ? t : t.substring(0, SELF_SUMMARY_CHARS) + "…";
    }

    private static String grade(AppraisalGrade g) {
        return g == null ? "" : g.label();
    }

    private static String remark(MemberAppraisal m, FollowUp f) {
        List<String> parts = new ArrayList<>();
        if (m.probationary()) {
            parts.add("预备党员");
        }
        if (m.entry().reason() != null) {
            parts.add(m.entry().reason());
        }
        parts.addAll(m.judgement().flags());
        if (f != null) {
            parts.add(f.text());
        }
        return String.join("；", parts);
    }
}
