package org.branchledger.cli;

import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.pledge.PledgeView;

/** {@code pledges --year YYYY}: per pledge, who, what, by when, and its status as of today. */
final class PledgesCommand extends YearTableCommand {
    private static final List<String> COLUMNS = List.of("承诺主体", "姓名", "类别", "承诺内容", "完成时限", "状态");

    PledgesCommand() {
        super("pledges", COLUMNS);
    }

    @Override
    void addRows(App app, Branch branch, int year, TableOutput table) {
        for (PledgeView v : app.pledges().views(branch.id(), year)) {
            table.add(List.of(v.subject(), v.name(), v.pledge().category().label(), v.pledge().content(),
                    v.pledge().deadline() == null ? "" : v.pledge().deadline().toString(), v.status().label()));
        }
    }
}
