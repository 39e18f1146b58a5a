package org.branchledger.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pledge page's detail text: steps not taken say 未办, with no empty brackets or placeholders. */
class PledgeDetailTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Pledge draft() {
        return Pledge.draft(1, 7L, PledgeCategory.SERVE, null, "帮 3 户困难群众办实事", null, null,
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 2, 20));
    }

    private static List<String> lines(Pledge p) {
        return PledgeDetail.lines(new PledgeView(p, "张三", p.status(TODAY), List.of()));
    }

    @Test
    void aNewPledgeSaysWhichStepsAreNotTakenInWords() {
        List<String> lines = lines(draft());
        String text = String.join("\n", lines);
        assertTrue(lines.contains("承诺：2026-02-20"), text);
        assertTrue(lines.contains("审诺：未办"), text);
        assertTrue(lines.contains("示诺：未办"), text);
        assertTrue(lines.contains("履诺进展：暂无"), text);
        assertTrue(lines.contains("述诺：未办"), text);
        assertTrue(lines.contains("评诺：未办"), text);
        assertFalse(text.contains("()") || text.contains("（）") || text.contains("(未办)"), text);
        assertFalse(text.matches("(?s).*[\\u4e00-\\u9fff]: .*"), "no ASCII colon after Chinese: " + text);
        for (String line : lines) {
            assertEquals(line.stripTrailing(), line, "no dangling space");
        }
    }

    @Test
    void takenStepsShowTheirDatesAndDetails() {
        Pledge p = draft().approved(LocalDate.of(2026, 3, 1), "支部党员大会").published(LocalDate.of(2026, 3, 2))
                .reported(LocalDate.of(2026, 11, 20), null).evaluated(Verdict.KEPT, LocalDate.of(2026, 11, 25), 955);
        List<String> lines = lines(p);
        String text = String.join("\n", lines);
        assertTrue(lines.contains("审诺：2026-03-01 支部党员大会"), text);
        assertTrue(lines.contains("示诺：2026-03-02 公示"), text);
        assertTrue(lines.contains("述诺：2026-11-20"), text);
        assertTrue(lines.contains("评诺：已兑现（2026-11-25，满意度 95.5%）"), text);
    }

    @Test
    void aVerdictWithoutSatisfactionHasNoEmptyParts() {
        Pledge p = draft().published(LocalDate.of(2026, 3, 2)).evaluated(Verdict.NOT_KEPT, LocalDate.of(2026, 11, 25),
                null);
        List<String> lines = lines(p);
        assertTrue(lines.contains("评诺：未兑现（2026-11-25）"), String.join("\n", lines));
        assertTrue(lines.contains("说明：尚未公开说明未兑现的原因"), String.join("\n", lines));
    }
}
