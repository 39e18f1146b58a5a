package org.branchledger.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The section "Last recorded (bench all)" of docs/BENCHMARKS.md: its table read, a new run's figures compared
 * with it (lower is better for every figure; more than 25 % above the recorded value is marked), and the section
 * rewritten with the new figures, the table it replaces kept below as history. Text in, text out.
 */
final class RecordedFigures {
    static final String HEADING = "## Last recorded (bench all)";
    static final String HISTORY = "### Earlier records (bench all)";
    /** A figure more than this factor above the recorded one is marked. */
    static final double WORSE = 1.25;
    static final String NOT_MEASURED = "not measured";
    private static final String TABLE_HEAD = "| figure | value | unit | date |\n|---|---|---|---|\n";
    private static final String INTRO = """
            `java -jar target/branch-ledger-bench.jar bench all` measures these figures again and prints them beside
            the values below, marking any more than 25 % worse; `bench all --record` writes its figures here and
            moves the table it replaces to the history below. The program reads this table: keep its four columns.
            A figure not measured in a run (no display for the window) keeps its value and date.
            """;

    private RecordedFigures() {
    }

    /** One figure: lower is better. {@code value} is NaN when it was not measured. */
    record Figure(String name, double value, String unit, String date) {
        boolean measured() {
            return !Double.isNaN(value);
        }

        String valueText() {
            return measured() ? format(value) : NOT_MEASURED;
        }

        String row() {
            return "| " + name + " | " + valueText() + " | " + unit + " | " + date + " |\n";
        }
    }

    /** A new figure beside the recorded one of the same name (null when there is none). */
    record Comparison(Figure now, Figure last) {
        boolean comparable() {
            return last != null && now.measured() && last.measured() && last.value() > 0 && now.unit().equals(last.unit());
        }

        boolean worse() {
            return comparable() && now.value() > last.value() * WORSE;
        }

        String line() {
            String head = String.format(Locale.ROOT, "%-58s %12s %-5s", now.name(), now.valueText(),
                    now.measured() ? now.unit() : "");
            if (last == null) {
                return head + "  (nothing recorded)";
            }
            String recorded = String.format(Locale.ROOT, "  last %s %s (%s)", last.valueText(), last.unit(), last.date());
            if (!comparable()) {
                return head + recorded;
            }
            double change = (now.value() - last.value()) / last.value() * 100;
            return head + recorded + String.format(Locale.ROOT, "  %+d %%", Math.round(change))
                    + (worse() ? "  <-- WORSE by more than 25 %" : "");
        }
    }

    /** The figures of the section's table, in order; none when the document has no such section. */
    static List<Figure> parse(String markdown) {
        Section s = Section.of(markdown);
        return s == null ? List.of() : rows(s.table);
    }

    /** Each new figure beside the recorded one of the same name. */
    static List<Comparison> compare(List<Figure> last, List<Figure> now) {
        Map<String, Figure> byName = new LinkedHashMap<>();
        last.forEach(f -> byName.put(f.name(), f));
        return now.stream().map(f -> new Comparison(f, byName.get(f.name()))).toList();
    }

    /**
     * The document with the section holding {@code now} (a figure not measured keeps its recorded value and date)
     * and {@code note} under the table; the replaced table goes to the top of the history under its own note, with
     * whatever was written under that note.
     */
    static String record(String markdown, List<Figure> now, String note) {
        Section s = Section.of(markdown);
        List<Figure> last = s == null ? List.of() : rows(s.table);
        Map<String, Figure> byName = new LinkedHashMap<>();
        last.forEach(f -> byName.put(f.name(), f));
        StringBuilder table = new StringBuilder(TABLE_HEAD);
        for (Figure f : now) {
            Figure kept = !f.measured() && byName.containsKey(f.name()) ? byName.get(f.name()) : f;
            table.append(kept.row());
        }
        StringBuilder section = new StringBuilder(HEADING).append("\n\n");
        section.append(s == null || s.intro.isBlank() ? INTRO : s.intro).append('\n').append(table).append('\n').append(note.strip())
                .append("\n\n");
        boolean history = s != null && (!s.table.isBlank() || !s.history.isBlank());
        if (history) {
            section.append(HISTORY).append("\n\n");
        }
        if (s != null && !s.table.isBlank()) {
            String title = s.note.isBlank() ? "Recorded before" : s.note.strip().lines().findFirst().orElseThrow();
            section.append("#### ").append(title).append("\n\n").append(s.table).append('\n');
            // what was written about that record under its note goes with it
            String words = s.note.strip().lines().skip(1).collect(java.util.stream.Collectors.joining("\n")).strip();
            if (!words.isEmpty()) {
                section.append('\n').append(words).append("\n\n");
            }
        }
        if (s != null && !s.history.isBlank()) {
            section.append(s.history.strip()).append("\n\n");
        }
        if (s == null) {
            return markdown.stripTrailing() + "\n\n" + section.toString().stripTrailing() + "\n";
        }
        return markdown.substring(0, s.start) + section + markdown.substring(s.end);
    }

    /** Three significant digits below 100, whole numbers above. */
    static String format(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static List<Figure> rows(String table) {
        List<Figure> figures = new ArrayList<>();
        for (String line : table.lines().toList()) {
            String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|", -1);
            if (cells.length != 4 || cells[0].strip().equals("figure") || cells[0].strip().startsWith("---")) {
                continue;
            }
            String value = cells[1].strip();
            double number;
            try {
                number = value.equals(NOT_MEASURED) ? Double.NaN : Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number in the recorded figures: " + line, e);
            }
            figures.add(new Figure(cells[0].strip(), number, cells[2].strip(), cells[3].strip()));
        }
        return figures;
    }

    /**
     * Where the section lies in the document ({@code start} at its heading, {@code end} at the next "## " heading
     * or the end) and its parts: the words before the table, the table, the note after it, the history.
     */
    private record Section(int start, int end, String intro, String table, String note, String history) {
        static Section of(String markdown) {
            int start = markdown.startsWith(HEADING + "\n") ? 0 : markdown.indexOf("\n" + HEADING + "\n");
            if (start < 0) {
                return null;
            }
            start = markdown.indexOf(HEADING, start);
            int bodyStart = start + HEADING.length() + 1;
            int next = markdown.indexOf("\n## ", bodyStart);
            int end = next < 0 ? markdown.length() : next + 1;
            String body = markdown.substring(bodyStart, end);
            int historyAt = body.indexOf(HISTORY);
            String history = historyAt < 0 ? "" : body.substring(historyAt + HISTORY.length());
            String current = historyAt < 0 ? body : body.substring(0, historyAt);
            StringBuilder intro = new StringBuilder();
            StringBuilder table = new StringBuilder();
            StringBuilder note = new StringBuilder();
            for (String line : current.lines().toList()) {
                boolean row = line.startsWith("|");
                StringBuilder to = row ? table : table.isEmpty() ? intro : note;
                to.append(line).append('\n');
            }
            return new Section(start, end, intro.toString().strip() + "\n", table.toString(), note.toString(), history);
        }
    }
}
