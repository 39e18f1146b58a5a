package org.branchledger.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.i18n.Messages;
import org.branchledger.demo.DemoResult;
import org.branchledger.demo.DemoService;
import org.branchledger.notes.NoteKind;
import org.branchledger.notes.ReadingNote;

/** {@code demo}: fills the data folder with a realistic synthetic branch and a year of study. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--members", "--sessions", "--year", "--branch");
    }

    @Override
    public String help() {
        return Messages.get("cli.demo.study.help", String.valueOf(DemoService.DEFAULT_SESSIONS));
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        int members = args.intValue("--members", 36, 1, 100_000);
        int sessions = args.intValue("--sessions", DemoService.DEFAULT_SESSIONS, 0, 2_000);
        int year = args.intValue("--year", LocalDate.now(app.todayClock()).getYear(), 2000, 2100);
        String name = args.value("--branch").orElse(Messages.get("demo.branchName"));
        DemoResult result = app.demo().create(name, members, sessions, year);
        int held = app.study().sessions(result.branch().id(), year).size();
        List<ReadingNote> written = app.notes().notes(result.branch().id(), year);
        long essays = written.stream().filter(n -> n.kind() == NoteKind.ESSAY).count();
        long waiting = written.stream().filter(n -> !n.reviewed()).count();
        out.println(Messages.get("cli.demo.notes.done", result.branch().name(), String.valueOf(result.members()),
                String.valueOf(year), String.valueOf(held), String.valueOf(written.size() - essays),
                String.valueOf(essays), String.valueOf(waiting)));
        var pledges = app.pledges().views(result.branch().id(), year);
        long ofBranch = pledges.stream().filter(v -> v.pledge().ofBranch()).count();
        out.println(Messages.get("pledge.demo.done", pledges.size(), ofBranch, pledges.size() - ofBranch,
                app.pledges().comments(result.branch().id()).size(),
                app.pledges().activities(result.branch().id(), year).size()));
        var appraisal = app.appraisal().sheet(result.branch().id(), year, false);
        out.println(Messages.get("appraisal.demo.done", appraisal.graded(),
                appraisal.count(org.branchledger.appraisal.AppraisalGrade.EXCELLENT), appraisal.probationary(),
                appraisal.rectifications().size(), appraisal.openRectifications()));
        return ExitCode.DONE;
    }
}
