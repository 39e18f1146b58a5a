package org.branchledger.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.branchledger.appraisal.AppraisalRepository;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.branch.BranchRepository;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.i18n.Messages;
import org.branchledger.notes.NotesRepository;
import org.branchledger.notes.ReadingNote;
import org.branchledger.notes.SpotCheck;
import org.branchledger.pledge.Pledge;
import org.branchledger.pledge.PledgeProgress;
import org.branchledger.pledge.PledgeRepository;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;
import org.branchledger.study.StudyRepository;
import org.branchledger.study.StudySession;

/** Creates the demo branch: for trying the program out, and for benchmarks. */
public final class DemoService {
    /** Study sessions of a demo year unless asked otherwise: enough for every meeting the cadence requires. */
    public static final int DEFAULT_SESSIONS = 50;

    private final Database db;
    private final BranchRepository branches;
    private final MemberRepository members;
    private final StudyRepository study;
    private final NotesRepository notes;
    private final PledgeRepository pledges;
    private final AppraisalRepository appraisals;
    private final Clock clock;

    public DemoService(Database db, BranchRepository branches, MemberRepository members, StudyRepository study,
                       NotesRepository notes, PledgeRepository pledges, AppraisalRepository appraisals, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.branches = branches;
        this.members = members;
        this.study = study;
        this.notes = notes;
        this.pledges = pledges;
        this.appraisals = appraisals;
    }

    /** Writes a demo branch of {@code memberCount} current members and {@link #DEFAULT_SESSIONS} sessions. */
    public DemoResult create(String name, int memberCount, int year) {
        return create(name, memberCount, DEFAULT_SESSIONS, year);
    }

    /**
     * Writes a demo branch of {@code memberCount} current members with a year of study: {@code sessionCount}
     * sessions up to yesterday (the whole year for other years), their attendance and self-study, the year's
     * reading notes and essays with their reviews, one spot check, the year's public pledges with
     * leaders' comments and activity records, and the year's finished democratic appraisal. One transaction.
     */
    public DemoResult create(String name, int memberCount, int sessionCount, int year) {
        LocalDate now = LocalDate.now(clock);
        boolean thisYear = now.getYear() == year;
        LocalDate today = thisYear ? now : LocalDate.of(year, 12, 31);
        LocalDate lastSessionDay = thisYear ? now.minusDays(1) : LocalDate.of(year, 12, 31);
        return db.transaction(tx -> {
            if (branches.byName(tx, name).isPresent()) {
                throw UserError.badInput(Messages.get("branch.error.exists", name));
            }
            Branch branch = branches.insert(tx, new Branch(null, name, BranchKind.VILLAGE, "城关镇党委", null,
                    LocalDate.of(1956, 7, 1), "0571-8888 1234").asDemo());
            members.insertAll(tx, new DemoRoster(name.hashCode(), today).members(branch.id(), memberCount));
            List<Member> roster = members.ofBranch(tx, branch.id());
            String secretary = roster.get(0).name();
            branches.setSecretary(tx, branch.id(), secretary);

            DemoStudy year1 = new DemoStudy(name.hashCode(), year, lastSessionDay);
            study.saveSettings(tx, branch.id(), year, DemoStudy.settings());
            List<StudySession> sessions = year1.sessions(branch.id(), sessionCount, DemoStudy.Leaders.of(roster))
                    .stream().map(s -> study.insert(tx, s)).toList();
            study.insertAttendance(tx, branch.id(), year1.attendance(sessions, roster));
            study.insertSelfStudy(tx, branch.id(), year1.selfStudy(roster));

            DemoNotes writing = new DemoNotes(name.hashCode(), year, lastSessionDay);
            notes.insertAll(tx, writing.notes(branch.id(), roster, DemoStudy.Leaders.of(roster)));
            List<ReadingNote> stored = notes.notes(tx, branch.id(), LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            SpotCheck check = writing.spotCheck(branch.id(), stored);
            if (check != null) {
                notes.insertSpotCheck(tx, check);
            }

            DemoPledges promises = new DemoPledges(name.hashCode(), year, lastSessionDay);
            java.util.Set<Long> pledged = new java.util.LinkedHashSet<>();
            for (DemoPledges.Made made : promises.pledges(branch.id(), roster, DemoStudy.Leaders.of(roster))) {
                Pledge p = pledges.save(tx, made.pledge());
                if (p.memberId() != null) {
                    pledged.add(p.memberId());
                }
                for (PledgeProgress e : made.progress()) {
                    pledges.insertProgress(tx, branch.id(), new PledgeProgress(null, p.id(), e.notedOn(), e.note()));
                }
            }
            promises.comments(branch.id()).forEach(c -> pledges.insertComment(tx, c));
            promises.activities(branch.id(), roster.stream().filter(m -> pledged.contains(m.id())).toList())
                    .forEach(a -> pledges.insertActivity(tx, a));
            new DemoAppraisal(name.hashCode(), year, lastSessionDay, now).write(tx, appraisals, branch.id(), roster);
            return new DemoResult(new Branch(branch.id(), name, branch.kind(), branch.higherOrg(), secretary,
                    branch.foundedOn(), branch.phone(), branch.noticeDays(), true), memberCount);
        });
    }
}
