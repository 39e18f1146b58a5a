package org.branchledger.pledge;

import java.util.ArrayList;
import java.util.List;
import org.branchledger.core.i18n.Messages;

/**
 * The selected pledge's whole life in words, as the 公开承诺 page shows it: what was pledged, then each step
 * (承诺, 审诺, 示诺, 履诺, 述诺, 评诺, 说明) with its date, or 未办 for a step not taken yet. A step not taken
 * shows no empty brackets and no placeholder of its details.
 */
final class PledgeDetail {
    private PledgeDetail() {
    }

    static String head(PledgeView v) {
        return Messages.get("pledge.screen.detail.head", v.who(), v.pledge().category().label(), v.status().label());
    }

    static List<String> lines(PledgeView v) {
        Pledge p = v.pledge();
        List<String> lines = new ArrayList<>();
        lines.add(p.content());
        if (p.post() != null) {
            lines.add(Messages.get("pledge.screen.detail.post", p.post()));
        }
        if (p.measures() != null) {
            lines.add(Messages.get("pledge.screen.detail.measures", p.measures()));
        }
        if (p.responsible() != null) {
            lines.add(Messages.get("pledge.screen.detail.responsible", p.responsible()));
        }
        lines.add(p.deadline() == null ? Messages.get("pledge.screen.detail.noDeadline")
                : Messages.get("pledge.screen.detail.deadline", p.deadline().toString()));
        lines.add("");
        lines.add(p.pledgedOn() == null ? Messages.get("pledge.screen.detail.pledgedNot")
                : Messages.get("pledge.screen.detail.pledged", p.pledgedOn().toString()));
        lines.add(p.approvedOn() == null ? Messages.get("pledge.screen.detail.approvedNot")
                : Messages.get("pledge.screen.detail.approved", joined(p.approvedOn().toString(), p.approvedMeeting())));
        lines.add(p.publishedOn() == null ? Messages.get("pledge.screen.detail.publishedNot")
                : Messages.get("pledge.screen.detail.published", p.publishedOn().toString()));
        if (v.progress().isEmpty()) {
            lines.add(Messages.get("pledge.screen.detail.noProgress"));
        } else {
            lines.add(Messages.get("pledge.screen.detail.progress"));
            v.progress().forEach(e -> lines.add("　" + e.line()));
        }
        lines.add(p.reportedOn() == null ? Messages.get("pledge.screen.detail.reportedNot")
                : Messages.get("pledge.screen.detail.reported", joined(p.reportedOn().toString(), p.report())));
        if (p.verdict() == null) {
            lines.add(Messages.get("pledge.screen.detail.evaluatedNot"));
        } else {
            List<String> about = new ArrayList<>();
            if (p.evaluatedOn() != null) {
                about.add(p.evaluatedOn().toString());
            }
            if (p.satisfactionTenths() != null) {
                about.add(Messages.get("pledge.screen.detail.satisfaction", Satisfaction.format(p.satisfactionTenths())));
            }
            lines.add(about.isEmpty() ? Messages.get("pledge.screen.detail.evaluatedBare", p.verdict().label())
                    : Messages.get("pledge.screen.detail.evaluated", p.verdict().label(), String.join("，", about)));
        }
        if (p.explanation() != null) {
            lines.add(Messages.get("pledge.screen.detail.explained",
                    joined(p.explainedOn() == null ? null : p.explainedOn().toString(), p.explanation())));
        } else if (p.verdict() != null && p.verdict().needsExplanation()) {
            lines.add(Messages.get("pledge.screen.detail.explainDue"));
        }
        return lines;
    }

    /** The parts that are there, one space apart: a date and the meeting, without a dangling space. */
    private static String joined(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first + " " + second.strip();
        }
        return hasFirst ? first : hasSecond ? second.strip() : "";
    }
}
