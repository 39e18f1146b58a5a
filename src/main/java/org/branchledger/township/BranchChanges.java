package org.branchledger.township;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.branchledger.core.i18n.Messages;

/**
 * What changed at a branch between the package the township held and the one it just received: members who
 * joined and who left (by 公民身份号码), hours compliance, new pledges, the appraisal done. For a branch seen
 * for the first time, where it stands.
 *
 * @param before the standing from the package held before; null for a branch received the first time
 */
public record BranchChanges(BranchStanding before, BranchStanding after) {
    /** Pledges named one by one at most; the rest are counted. */
    private static final int NAMED = 5;

    public List<String> joined() {
        return difference(after.members(), before == null ? Map.of() : before.members());
    }

    public List<String> left() {
        return before == null ? List.of() : difference(before.members(), after.members());
    }

    public List<String> newPledges() {
        return before == null ? List.of() : difference(after.pledges(), before.pledges());
    }

    private static List<String> difference(Map<String, String> in, Map<String, String> notIn) {
        return in.entrySet().stream().filter(e -> !notIn.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    }

    public boolean hoursChanged() {
        return before != null && (before.compliant() != after.compliant() || before.counted() != after.counted());
    }

    public boolean appraisalChanged() {
        return before != null && before.appraisalDone() != after.appraisalDone();
    }

    /** The change in words, a line each; for a first package, where the branch stands. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (before == null) {
            out.add(Messages.get("township.changes.first", String.valueOf(after.members().size()),
                    String.valueOf(after.compliant()), String.valueOf(after.counted()), String.valueOf(after.year()),
                    String.valueOf(after.pledges().size()), done(after.appraisalDone())));
            return out;
        }
        if (!joined().isEmpty()) {
            out.add(Messages.get("township.changes.joined", String.valueOf(joined().size()), String.join("、", joined())));
        }
        if (!left().isEmpty()) {
            out.add(Messages.get("township.changes.left", String.valueOf(left().size()), String.join("、", left())));
        }
        if (hoursChanged()) {
            out.add(Messages.get("township.changes.hours", String.valueOf(after.year()), String.valueOf(before.compliant()),
                    String.valueOf(before.counted()), String.valueOf(after.compliant()), String.valueOf(after.counted())));
        }
        List<String> pledges = newPledges();
        if (!pledges.isEmpty()) {
            String named = String.join("；", pledges.subList(0, Math.min(NAMED, pledges.size())));
            if (pledges.size() > NAMED) {
                named += Messages.get("township.changes.pledgesMore", String.valueOf(pledges.size() - NAMED));
            }
            out.add(Messages.get("township.changes.pledges", String.valueOf(pledges.size()), named));
        }
        if (appraisalChanged()) {
            out.add(Messages.get("township.changes.appraisal", String.valueOf(after.year()), done(after.appraisalDone()),
                    done(before.appraisalDone())));
        }
        if (out.isEmpty()) {
            out.add(Messages.get("township.changes.none"));
        }
        return out;
    }

    private static String done(boolean done) {
        return Messages.get(done ? "township.appraisal.done" : "township.appraisal.notDone");
    }
}
