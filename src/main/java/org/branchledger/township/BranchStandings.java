package org.branchledger.township;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.appraisal.AppraisalService;
import org.branchledger.appraisal.AppraisalSheet;
import org.branchledger.core.branch.Branch;
import org.branchledger.notes.NotesService;
import org.branchledger.notes.ReviewQueueEntry;
import org.branchledger.pledge.PledgeService;
import org.branchledger.pledge.PledgeStatus;
import org.branchledger.pledge.PledgeView;
import org.branchledger.roster.Member;
import org.branchledger.roster.RosterCounts;
import org.branchledger.roster.RosterService;
import org.branchledger.study.MeetingCadence;
import org.branchledger.study.StudyService;

/** Works out a branch's standing from the features' own services, so the township sees what the branch sees. */
public final class BranchStandings {
    private final RosterService roster;
    private final StudyService study;
    private final PledgeService pledges;
    private final NotesService notes;
    private final AppraisalService appraisal;

    public BranchStandings(RosterService roster, StudyService study, PledgeService pledges, NotesService notes,
                           AppraisalService appraisal) {
        this.roster = roster;
        this.study = study;
        this.pledges = pledges;
        this.notes = notes;
        this.appraisal = appraisal;
    }

    /** The day statuses are judged on (the program's "today"). */
    public LocalDate today() {
        return pledges.today();
    }

    /** The branch's standing in {@code year}, as of {@code today} (a ledger verified later is judged on its printing day). */
    public BranchStanding of(Branch branch, int year, LocalDateTime reportedAt, LocalDate today) {
        long id = branch.id();
        List<Member> all = roster.members(id);
        Map<Long, String> idNumbers = new HashMap<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (Member m : all) {
            idNumbers.put(m.id(), m.idNumber());
            if (m.current()) {
                current.put(m.idNumber(), m.name());
            }
        }
        var hours = study.hours(id, year, false);
        int compliant = (int) hours.stream().filter(h -> h.standing().compliant()).count();
        List<MeetingCadence.Gap> gaps = MeetingCadence.gaps(study.sessions(id, year), year, today);
        Map<String, String> pledged = new LinkedHashMap<>();
        List<PledgeView> views = pledges.views(id, year, today);
        for (PledgeView v : views) {
            String who = v.pledge().ofBranch() ? PledgeView.BRANCH : idNumbers.get(v.pledge().memberId());
            pledged.put(who + "\u001f" + v.pledge().content() + "\u001f" + v.pledge().deadline(),
                    v.who() + "：" + v.pledge().content());
        }
        List<ReviewQueueEntry> queue = notes.reviewQueue(id, today);
        AppraisalSheet sheet = appraisal.sheet(id, year, false);
        boolean appraised = sheet.round().id() != null && sheet.graded() > 0 && sheet.decided() == sheet.graded();
        return new BranchStanding(branch, year, RosterCounts.of(all), current, compliant, hours.size(), gaps,
                (int) views.stream().filter(v -> v.status() == PledgeStatus.OVERDUE).count(), pledged, queue.size(),
                (int) queue.stream().filter(ReviewQueueEntry::overdue).count(), appraised, reportedAt);
    }
}
