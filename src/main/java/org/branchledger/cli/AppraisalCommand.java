package org.branchledger.cli;

import java.util.List;
import org.branchledger.App;
import org.branchledger.appraisal.AppraisalRule;
import org.branchledger.appraisal.MemberAppraisal;
import org.branchledger.core.branch.Branch;

/**
 * {@code appraisal --year YYYY}: per participant the votes, 满意度 (one decimal and a percent sign, e.g.
 * {@code 83.3%}; empty without answers), 建议等次, 提示 (joined with {@code ;}) and 评定等次.
 */
final class AppraisalCommand extends YearTableCommand {
    static final List<String> COLUMNS = List.of("姓名", "公民身份号码", "优秀票", "合格票", "基本合格票", "不合格票",
            "满意度", "建议等次", "提示", "评定等次");

    AppraisalCommand() {
        super("appraisal", COLUMNS);
    }

    @Override
    void addRows(App app, Branch branch, int year, TableOutput table) {
        for (MemberAppraisal m : app.appraisal().sheet(branch.id(), year, false).members()) {
            AppraisalRule.Tally v = m.entry().votes();
            AppraisalRule.Mass mass = m.entry().mass();
            table.add(java.util.Arrays.<Object>asList(m.member().name(), m.member().idNumber(), v.excellent(), v.qualified(),
                    v.basic(), v.failed(), mass.answers() == 0 ? null : mass.satisfactionText(),
                    m.judgement().suggestion(), m.judgement().flagText(),
                    m.finalGrade() == null ? "" : m.finalGrade().label()));
        }
    }
}
