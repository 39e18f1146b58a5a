package org.branchledger.appraisal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * 民主评议结果公示 (DOMAIN.md §6), posted publicly: the graded members' names and final grades only; the
 * 公示期 and the branch's 监督电话 at the foot.
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

    @Override
    public LedgerDocument build(LedgerRequest request) {
        AppraisalSheet sheet = appraisal.sheet(request.branch().id(), request.year(), false);
        List<List<String>> rows = new ArrayList<>();
        for (MemberAppraisal m : sheet.members()) {
            if (!m.probationary()) {
                rows.add(Arrays.asList(String.valueOf(rows.size() + 1), m.member().name(),
                        m.finalGrade() == null ? "待评定" : m.finalGrade().label()));
            }
        }
        AppraisalRound r = sheet.round();
        String intro = "经个人自评、党员互评、民主测评、群众评议和支部委员会评定，现将 " + request.year()
                + " 年度民主评议党员结果公示如下(预备党员 " + sheet.probationary() + " 人参加评议，不评定等次)。";
        String phone = request.branch().phone();
        String foot = "公示期: " + (r.noticeFrom() == null ? "　　年　月　日" : r.noticeFrom().toString()) + " 至 "
                + (r.noticeTo() == null ? "　　年　月　日" : r.noticeTo().toString()) + "。如有意见，请向支部反映，监督电话: "
                + (phone == null || phone.isBlank() ? "　　　　　　" : phone);
        List<Section> sections = List.of(TextSection.of(intro), new TableSection(null, List.of(
                Column.center("序号", 0.6f), Column.center("姓名", 2.0f), Column.center("评定等次", 2.0f)), rows),
                TextSection.of(foot));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.PORTRAIT, sections, null);
    }
}
