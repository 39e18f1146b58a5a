package org.branchledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.branchledger.bench.RecordedFigures.Comparison;
import org.branchledger.bench.RecordedFigures.Figure;
import org.junit.jupiter.api.Test;

/** The recorded figures of docs/BENCHMARKS.md: read, compared, marked and rewritten (no timing here). */
class RecordedFiguresTest {
    private static final String DOC = """
            # Benchmarks

            ## Last recorded (bench all)

            Words before the table.

            | figure | value | unit | date |
            |---|---|---|---|
            | bench import --rows 10000: total | 2.91 | s | 2026-12-01 |
            | bench hours: hours | 561 | ms | 2026-12-01 |
            | window: RSS after 25 s | 310 | MB | 2026-11-30 |
            | demo: data folder | 41.2 | MB | 2026-12-01 |

            Recorded 2026-12-01 10:00 by `bench all --record`; load 1.2.

            ### Earlier records (bench all)

            #### Recorded 2026-11-01 09:00

            | figure | value | unit | date |
            |---|---|---|---|
            | bench import --rows 10000: total | 3.50 | s | 2026-11-01 |

            ## Importing a 10,000-row roster (issue 3)

            | run | total |
            |---|---|
            | 1 | 2.24 s |
            """;

    private static Figure now(String name, double value, String unit) {
        return new Figure(name, value, unit, "2026-12-07");
    }

    @Test
    void readsOnlyTheTableOfItsOwnSection() {
        List<Figure> figures = RecordedFigures.parse(DOC);

        assertEquals(4, figures.size());
        assertEquals(new Figure("bench import --rows 10000: total", 2.91, "s", "2026-12-01"), figures.get(0));
        assertEquals(new Figure("window: RSS after 25 s", 310, "MB", "2026-11-30"), figures.get(2));
        assertEquals(List.of(), RecordedFigures.parse("# Benchmarks\n\nno section yet\n"));
    }

    @Test
    void marksOnlyFiguresMoreThanAQuarterWorse() {
        List<Comparison> compared = RecordedFigures.compare(RecordedFigures.parse(DOC), List.of(
                now("bench import --rows 10000: total", 3.63, "s"), // +24.7 %: not marked
                now("bench hours: hours", 702, "ms"),               // +25.1 %: marked
                now("demo: data folder", 20.0, "MB"),               // better
                now("window: RSS after 25 s", Double.NaN, "MB"),   // not measured
                now("ledger roster: wall", 1.5, "s")));             // new

        assertEquals(List.of(false, true, false, false, false), compared.stream().map(Comparison::worse).toList());
        assertTrue(compared.get(1).line().contains("+25 %") && compared.get(1).line().contains("WORSE"),
                compared.get(1).line());
        assertTrue(compared.get(2).line().contains("-51 %"), compared.get(2).line());
        assertTrue(compared.get(3).line().contains("not measured") && compared.get(3).line().contains("last 310 MB"),
                compared.get(3).line());
        assertTrue(compared.get(4).line().contains("nothing recorded"), compared.get(4).line());
    }

    @Test
    void figuresInOtherUnitsAreNotCompared() {
        Comparison c = RecordedFigures.compare(RecordedFigures.parse(DOC), List.of(now("bench hours: hours", 9, "s")))
                .get(0);

        assertFalse(c.worse());
        assertFalse(c.line().contains("%"), c.line());
    }

    @Test
    void recordingReplacesTheTableAndKeepsTheOldOneAsHistory() {
        String recorded = RecordedFigures.record(DOC, List.of(
                now("bench import --rows 10000: total", 2.5, "s"),
                now("window: RSS after 25 s", Double.NaN, "MB"),
                now("ledger pack: pages", 1234, "pages")), "Recorded 2026-12-07 09:00; load 7.0.");

        assertEquals(List.of(now("bench import --rows 10000: total", 2.5, "s"),
                new Figure("window: RSS after 25 s", 310, "MB", "2026-11-30"), // kept with its own date
                now("ledger pack: pages", 1234, "pages")), RecordedFigures.parse(recorded));
        assertTrue(recorded.contains("Words before the table."));
        assertTrue(recorded.contains("Recorded 2026-12-07 09:00; load 7.0.\n\n### Earlier records (bench all)\n\n"
                + "#### Recorded 2026-12-01 10:00 by `bench all --record`; load 1.2.\n\n| figure | value | unit | date |"),
                recorded);
        assertTrue(recorded.contains("| demo: data folder | 41.2 | MB | 2026-12-01 |"), "the old table in the history");
        assertTrue(recorded.indexOf("#### Recorded 2026-12-01") < recorded.indexOf("#### Recorded 2026-11-01"),
                "newest history first");
        assertTrue(recorded.endsWith("## Importing a 10,000-row roster (issue 3)\n\n| run | total |\n|---|---|\n"
                + "| 1 | 2.24 s |\n"), "the next section untouched");
        assertEquals(1, recorded.split("## Last recorded", -1).length - 1);
    }

    @Test
    void recordingTwiceKeepsBothEarlierTables() {
        String once = RecordedFigures.record(DOC, List.of(now("a", 1, "s")), "Recorded first.");
        String twice = RecordedFigures.record(once, List.of(now("a", 2, "s")), "Recorded second.");

        assertEquals(List.of(now("a", 2, "s")), RecordedFigures.parse(twice));
        assertTrue(twice.indexOf("#### Recorded first.") < twice.indexOf("#### Recorded 2026-12-01")
                && twice.indexOf("#### Recorded 2026-12-01") < twice.indexOf("#### Recorded 2026-11-01"), twice);
    }

    @Test
    void whatWasWrittenUnderARecordGoesToTheHistoryWithIt() {
        String once = RecordedFigures.record(DOC, List.of(now("a", 1, "s")), "Recorded first.");
        String explained = once.replace("Recorded first.\n", "Recorded first.\n\nWhy a was 1 s that day.\n");
        String twice = RecordedFigures.record(explained, List.of(now("a", 2, "s")), "Recorded second.");
        int history = twice.indexOf("#### Recorded first.");
        assertTrue(history > 0, twice);
        assertTrue(twice.indexOf("Why a was 1 s that day.") > history, twice);
        assertEquals(1, twice.split("Why a was 1 s that day.", -1).length - 1, twice);
    }

    @Test
    void aDocumentWithoutTheSectionGetsItAtTheEnd() {
        String recorded = RecordedFigures.record("# Benchmarks\n\nText.\n", List.of(now("a", 0.1234, "s")), "Recorded now.");

        assertTrue(recorded.startsWith("# Benchmarks\n\nText.\n\n## Last recorded (bench all)\n"), recorded);
        assertEquals(List.of(now("a", 0.123, "s")), RecordedFigures.parse(recorded));
    }

    @Test
    void theProjectsOwnDocumentHasARecordToCompareWith() throws Exception {
        List<Figure> recorded = RecordedFigures.parse(Files.readString(Path.of("docs/BENCHMARKS.md"), StandardCharsets.UTF_8));

        assertTrue(recorded.stream().anyMatch(f -> f.name().startsWith("bench import --rows 10000") && f.measured()),
                recorded.toString());
    }

    @Test
    void valuesKeepThreeSignificantDigitsOrWholeNumbers() {
        assertEquals("2.91", RecordedFigures.format(2.9149));
        assertEquals("41.2", RecordedFigures.format(41.23));
        assertEquals("0.5", RecordedFigures.format(0.5));
        assertEquals("1234", RecordedFigures.format(1234.4));
    }
}
