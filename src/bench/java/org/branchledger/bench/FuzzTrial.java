package org.branchledger.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.branchledger.App;
import org.branchledger.cli.Cli;
import org.branchledger.core.db.DataFolder;

/**
 * Feeds every importer every bad input through the real command line and checks each answer: exit 2
 * or 3, a message on stderr that names the file and is no stack trace, and a database whose every table
 * is byte for byte as before (a digest of all rows). The digest is taken after each importer's inputs; after each
 * input, the audit trail's count and newest entry (every change to a data table adds one) tell which input it
 * was, at a fraction of the cost.
 */
public final class FuzzTrial {
    /** The import commands (with the options they need). A new importer is one more entry here. */
    public static final List<String> IMPORTERS = List.of("import-roster", "import-study", "import-notes",
            "import-pledges", "import-appraisal --year 2026");

    /** Inputs tried (importer × file) and what went wrong. */
    public record Result(int tried, int passed, List<String> problems) {
    }

    private FuzzTrial() {
    }

    public static Result run(Path work, long seed, int randomFiles, int bigRows, List<String> importers,
                             PrintStream log) throws Exception {
        Path data = work.resolve("data");
        int demo = cli(data, null, "demo", "--members", "30").code();
        if (demo != 0) {
            throw new IllegalStateException("demo failed");
        }
        String before = digest(data);
        List<Path> inputs = FuzzInputs.write(work.resolve("inputs"), seed, randomFiles, bigRows);
        List<String> problems = new ArrayList<>();
        int tried = 0;
        int passed = 0;
        for (String importer : importers) {
            String trail = trail(data);
            for (Path input : inputs) {
                tried++;
                List<String> command = new ArrayList<>(List.of(importer.split(" ")));
                command.add(1, input.toString());
                Run r = cli(data, null, command.toArray(String[]::new));
                String name = input.getFileName().toString();
                String firstError = r.err().lines().findFirst().orElse("");
                List<String> wrong = new ArrayList<>();
                if (r.code() != 2 && r.code() != 3) {
                    wrong.add("exit " + r.code());
                }
                if (r.err().isBlank() || !r.err().contains(name)) {
                    wrong.add("no message naming the file");
                }
                if (r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("意外错误")) {
                    wrong.add("a stack trace or unexpected failure: " + firstError);
                }
                String trailAfter = trail(data);
                if (!trailAfter.equals(trail)) {
                    wrong.add("the database changed (audit trail " + trail + " -> " + trailAfter + ")");
                    trail = trailAfter;
                }
                if (wrong.isEmpty()) {
                    passed++;
                } else {
                    problems.add(importer + " " + name + ": " + wrong);
                }
                log.printf("%s %s -> exit %d, %s%s%n", importer, name, r.code(), shorten(firstError),
                        wrong.isEmpty() ? "" : "  PROBLEM " + wrong);
            }
            String after = digest(data);
            if (!after.equals(before)) {
                problems.add(importer + ": the database changed (a digest of every row differs after its inputs)");
                before = after;
            }
        }
        return new Result(tried, passed, problems);
    }

    private static String shorten(String s) {
        return s.length() > 110 ? s.substring(0, 110) + "…" : s;
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(Path data, Map<String, String> env, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                env == null ? Map.of() : env, null).run(all.toArray(String[]::new)).exitCode().orElseThrow();
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** How many audit entries there are, and the newest one's hash. */
    static String trail(Path data) throws Exception {
        try (App app = App.open(new DataFolder(data))) {
            return org.branchledger.AppInternals.database(app).read(c -> {
                try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*), MAX(id), (SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log))"
                                + " FROM audit_log")) {
                    rs.next();
                    return rs.getLong(1) + " entries, newest " + rs.getLong(2) + " " + rs.getString(3);
                }
            });
        }
    }

    /** A digest of every row of every table (audit trail included), in a stable order. */
    public static String digest(Path data) throws Exception {
        try (App app = App.open(new DataFolder(data))) {
            return org.branchledger.AppInternals.database(app).read(org.branchledger.core.db.TableDigest::of);
        }
    }

}
