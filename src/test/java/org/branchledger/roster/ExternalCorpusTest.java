package org.branchledger.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.branchledger.testing.CliRun;
import org.branchledger.testing.MembersCsv;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external roster corpus (../shared/samples/external: real public layouts filled with synthetic
 * people), read where it lies and never copied here, since the files derive from third-party templates.
 * Skipped on a fresh clone, which has no ../shared beside it. run.sh there checks the built jar the
 * same way as a whole process.
 */
class ExternalCorpusTest {
    private static final Path CORPUS = Path.of("../shared/samples/external");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyRosterLayoutImportsExactly() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no ../shared/samples/external beside the project");
        List<Path> cases;
        try (Stream<Path> files = Files.list(CORPUS)) {
            cases = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        return cases.stream().map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> check(json)));
    }

    private void check(Path json) throws Exception {
        String text = Files.readString(json);
        String top = text.substring(0, Stream.of("\"expect\"", "\"bad\"", "\"members\"").mapToInt(text::indexOf)
                .filter(i -> i >= 0).min().orElse(text.length()));
        String kind = field(top, "kind", "roster");
        Assumptions.assumeTrue(kind.equals("roster") || kind.equals("form"), "study cases: see StudyImport tests");
        String file = CORPUS.resolve(field(text, "file", null)).toString();
        String branch = field(text, "branch", null);
        CliRun cli = new CliRun(dir.resolve(json.getFileName().toString()));
        int code = cli.run("import-roster", file, "--branch", branch, "--accept-valid");
        if (kind.equals("roster")) {
            assertEquals(Integer.parseInt(field(text, "exit_accept_valid", null)), code, cli.err());
            assertEquals(field(text, "last_line_accept_valid", null), cli.lastLine(), cli.err());
            String fileName = Path.of(file).getFileName().toString();
            cli.err().lines().forEach(l -> assertTrue(l.startsWith(fileName), "one line, naming the file: " + l));
        } else {
            assertEquals(0, code, cli.err());
        }
        assertEquals(0, cli.run("members", "--branch", branch, "--format", "csv"));
        Map<String, Map<String, String>> got = MembersCsv.parse(cli.out());
        Map<String, Map<String, String>> want = members(text);
        assertEquals(want.keySet(), got.keySet(), "the valid members, no others");
        want.forEach((id, fields) -> fields.forEach((name, value) ->
                assertEquals(value, got.get(id).getOrDefault(name, ""), id + " " + name)));
        if (kind.equals("roster")) {
            cli.run("import-roster", file, "--branch", branch, "--accept-valid");
            assertEquals(field(text, "last_line_reimport", null), cli.lastLine(), "a re-import changes nothing");
        }
    }

    private static String field(String json, String name, String fallback) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|(\\d+))").matcher(json);
        if (!m.find()) {
            return fallback;
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The expected members: 公民身份号码 → field → value (the JSON is flat inside each member). */
    private static Map<String, Map<String, String>> members(String json) {
        String block = json.substring(json.indexOf("\"members\""));
        Map<String, Map<String, String>> members = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\d{17}[\\dX])\"\\s*:\\s*\\{([^}]*)}").matcher(block);
        while (m.find()) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher f = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]*)\"").matcher(m.group(2));
            while (f.find()) {
                fields.put(f.group(1), f.group(2));
            }
            members.put(m.group(1), fields);
        }
        return members;
    }
}
