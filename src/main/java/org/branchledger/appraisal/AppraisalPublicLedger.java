package org.branchledger.appraisal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.NoticePeriod;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;

/**
 * 民主评议结果公示 (DOMAIN.md §6), posted publicly: the graded members' names and final grades only; the
 * 公示期 and the branch's 监督电话 at the foot. Only once the committee has graded every 正式党员: before that
 * it cannot be printed on its own (it would announce a result that does not exist), and the pack says it is
 * not yet published.
 */
public final class AppraisalPublicLedger implements LedgerKind {
    private final AppraisalService appraisal;

    public AppraisalPublicLedger(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @Override
    public String name() {
        return "appraisal-public";
    }

    @Override
    public String title() {
        return "民主评议结果公示";
    }

    @Override
    public boolean isPublic() {
        return true;
    }

    /** The 正式党员 the committee has not graded yet, by name; all of them when no round was held. */
    private static List<String> undecided(AppraisalSheet sheet) {
        return sheet.members().stream().filter(m -> !m.probationary() && m.finalGrade() == null)
                .map(m -> m.member().name()).toList();
    }

    @Override
    public Optional<String> notReady(LedgerRequest request) {
        AppraisalSheet sheet = appraisal.sheet(request.branch().id(), request.year(), false);
        List<String> open = undecided(sheet);
        String who = request.branch().name() + " " + request.year() + " 年度";
        if (sheet.round().id() == null || sheet.decided() == 0) {
            return Optional.of(who + "的民主评议还没有由支部委员会评定等次，不能公示结果。请先在“民主评议”中录入评定等次。");
        }
        if (!open.isEmpty()) {
            return Optional.of(who + "还有 " + open.size() + " 名党员未由支部委员会评定等次("
                    + String.join("、", open.subList(0, Math.min(5, open.size()))) + (open.size() > 5 ? " 等" : "")
                    + ")，全部评定后才能公示结果。");
        }
        return Optional.empty();
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        AppraisalSheet sheet = appraisal.sheet(request.branch().id(), request.year(), false);
        AppraisalRound r = sheet.round();
        String phone = request.branch().phone();
        String foot = "公示期: " + (r.noticeFrom() == null ? "　　年　月　日" : NoticePeriod.format(r.noticeFrom()))
                + " 至 " + (r.noticeTo() == null ? "　　年　月　日" : NoticePeriod.format(r.noticeTo()))
                + "。如有意见，请向支部反映，监督电话: " + (phone == null || phone.isBlank() ? "　　　　　　" : phone);
        List<Section> sections;
        if (sheet.graded() == 0 || !undecided(sheet).isEmpty()) {
            // In the pack before the committee has decided: say so, and list no one as if a result existed.
            sections = List.of(TextSection.of(request.year() + " 年度民主评议党员工作尚未完成组织评定，评议结果尚未公示。"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (MemberAppraisal m : sheet.members()) {
                if (!m.probationary()) {
                    rows.add(Arrays.asList(String.valueOf(rows.size() + 1), m.member().name(), m.finalGrade().label()));
                }
            }
            String intro = "经个人自评、党员互评、民主测评、群众评议和支部委员会评定，现将 " + request.year()
                    + " 年度民主评议党员结果公示如下(预备党员 " + sheet.probationary() + " 人参加评议，不评定等次)。";
            sections = List.of(TextSection.of(intro), new TableSection(null, List.of(
                    Column.center("序号", 0.6f), Column.center("姓名", 2.0f), Column.center("评定等次", 2.0f)), rows),
                    TextSection.of(foot));
        }
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.PORTRAIT, sections, null);
    }
}
