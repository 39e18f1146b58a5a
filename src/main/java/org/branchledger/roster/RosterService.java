package org.branchledger.roster;

import org.branchledger.branch.ReceivedData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchledger.core.UserError;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.db.Database;

/** The roster of a branch: what the screens and commands show and change. One action, one transaction. */
public final class RosterService {
    private final Database db;
    private final MemberRepository members;
    private final Clock clock;

    public RosterService(Database db, MemberRepository members, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.members = members;
    }

    /** The day a member's dates are checked against (no date after it), from the app's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everyone ever on the branch's roster, including those who left (kept for history). */
    public List<Member> members(long branchId) {
        return members.ofBranch(db.dsl(), branchId);
    }

    public RosterCounts counts(long branchId) {
        return RosterCounts.of(members(branchId));
    }

    /** Adds members as one action: all of them, or none. */
    public void addAll(List<Member> newMembers) {
        db.transaction(tx -> {
            newMembers.stream().mapToLong(Member::branchId).distinct().forEach(b -> ReceivedData.refuseChanges(tx, b));
            newMembers.forEach(m -> members.insert(tx, m));
            return null;
        });
    }

    /**
     * Adds a member from the form, or saves changes to one ({@code current} non-null). The form holds
     * every field, so a field left blank is cleared. {@code current} is the member as the form loaded it: when
     * someone else changed it since, nothing is saved ({@link org.branchledger.core.db.RecordChangedException}).
     *
     * @return the check: the stored member, or the field errors (nothing stored)
     */
    public MemberCheck save(long branchId, Member current, Map<RosterField, String> values) {
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            MemberCheck check = MemberRules.check(values, null, branchId, today());
            if (!check.ok()) {
                return check;
            }
            Member m = current == null ? check.member()
                    : check.member().withId(current.id()).withLeft(current.leftReason(), current.leftOn());
            Optional<Member> sameId = members.byIdNumber(tx, branchId, m.idNumber());
            if (sameId.isPresent() && (current == null || !sameId.get().id().equals(current.id()))) {
                return new MemberCheck(null, List.of(new FieldError(RosterField.ID_NUMBER,
                        "本支部已有此号码的党员(" + sameId.get().name() + ")")));
            }
            if (current == null) {
                return new MemberCheck(members.insert(tx, m), List.of());
            }
            members.update(tx, current, m, LocalDateTime.now(clock));
            return new MemberCheck(m, List.of());
        });
    }

    /**
     * 转出 / 去世: the member leaves the branch's current counts, and the history stays.
     *
     * @param reason 转出 or 去世
     */
    public Member leave(Member member, String reason, PartialDate on) {
        if (!reason.equals("转出") && !reason.equals("去世")) {
            throw UserError.badInput("离开本支部的原因应为 转出 或 去世");
        }
        if (on == null || today().isBefore(on.firstDay())) {
            throw UserError.badInput("请填写不晚于今天的离开日期");
        }
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, member.branchId());
            Member left = member.withLeft(reason, on);
            members.update(tx, member, left, LocalDateTime.now(clock));
            return left;
        });
    }
}
