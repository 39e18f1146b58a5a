package org.branchledger.cli;

import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.study.Hours;
import org.branchledger.study.MemberHours;

/** {@code hours --year YYYY}: per current member, 集中学时, 自学学时, 总学时, 要求学时, 达标. */
final class HoursCommand extends YearTableCommand {
    private static final List<String> COLUMNS = List.of("姓名", "公民身份号码", "集中学时", "自学学时", "总学时", "要求学时", "达标");

    HoursCommand() {
        super("hours", COLUMNS);
    }

    @Override
    void addRows(App app, Branch branch, int year, TableOutput table) {
        for (MemberHours h : app.study().hours(branch.id(), year, false)) {
            table.add(List.of(h.member().name(), h.member().idNumber(), Hours.format(h.standing().centralised()),
                    Hours.format(h.standing().self()), Hours.format(h.standing().total()),
                    Hours.format(h.standing().required()), TableOutput.yesNo(h.standing().compliant())));
        }
    }
}
