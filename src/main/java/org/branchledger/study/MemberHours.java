package org.branchledger.study;

import java.util.List;
import org.branchledger.roster.Member;

/** One member's hours for a year, judged by the year's rule, with the required topics not yet covered. */
public record MemberHours(Member member, HoursRule.Standing standing, List<String> topicsMissing) {
}
