package org.branchledger.cli;

import static org.branchledger.cli.TableOutput.yesNo;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ExitCode;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.roster.Member;

/** {@code members}: the roster of a branch, as CSV or JSON. */
final class MembersCommand implements Command {
    private static final List<String> COLUMNS = List.of("姓名", "公民身份号码", "性别", "民族", "出生日期", "学历",
            "人员类别", "入党日期", "转正日期", "党员类型", "工作岗位", "手机号", "党籍状态", "流动党员", "外出流向",
            "失联党员", "党员领导干部", "支部委员", "有书写能力", "离开本支部");

    @Override
    public String name() {
        return "members";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--branch", "--format");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("--all");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        OutputFormat format = args.format();
        Optional<Branch> branch = app.branches().resolveIfAny(args.value("--branch").orElse(null));
        TableOutput table = new TableOutput(COLUMNS);
        List<Member> members = branch.map(b -> app.roster().members(b.id())).orElse(List.of());
        for (Member m : members) {
            if (m.current() || args.flag("--all")) {
                table.add(row(m));
            }
        }
        table.print(format, out);
        return ExitCode.DONE;
    }

    private static List<Object> row(Member m) {
        return Arrays.asList(m.name(), m.idNumber(), m.gender(), m.ethnicity(), iso(m.birthDate()), m.education(),
                m.category(), iso(m.joinedOn()), iso(m.fullMemberOn()), m.type().label(), m.job(), m.mobile(),
                m.partyStatus(), yesNo(m.floating()), m.floatingTo(), yesNo(m.lostContact()),
                yesNo(m.leadingCadre()), m.committeeMember() ? m.committeePost() : "否", yesNo(m.canWrite()),
                m.leftReason() == null ? null : m.leftReason() + " " + iso(m.leftOn()));
    }

    private static String iso(PartialDate d) {
        return d == null ? "" : d.iso();
    }
}
