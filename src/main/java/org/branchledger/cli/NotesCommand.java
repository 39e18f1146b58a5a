package org.branchledger.cli;

import java.util.List;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.notes.MemberNotes;

/** {@code notes --year YYYY}: per current member, notes and essays written, counted, required, 达标. */
final class NotesCommand extends YearTableCommand {
    private static final List<String> COLUMNS = List.of("姓名", "公民身份号码", "笔记篇数", "心得篇数", "计入心得篇数",
            "要求心得篇数", "达标", "待批改篇数");

    NotesCommand() {
        super("notes", COLUMNS);
    }

    @Override
    void addRows(App app, Branch branch, int year, TableOutput table) {
        for (MemberNotes n : app.notes().standings(branch.id(), year)) {
            table.add(List.of(n.member().name(), n.member().idNumber(), n.notes(), n.essays(),
                    n.standing().counted(), n.standing().required(), n.standing().compliance().label(),
                    n.awaitingReview()));
        }
    }
}
