package org.branchledger.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Our own sample files (src/test/resources/samples, copied from the team's shared samples folder without its external/
 * corpus), read from the test class path so that a fresh clone needs nothing beside it.
 */
public final class Samples {
    /** The folder holding the samples and their expected/ results. */
    public static final Path DIR = locate();

    private Samples() {
    }

    /** One sample file, e.g. {@code file("花名册-示例村.xlsx")} or {@code file("expected/花名册-示例村.json")}. */
    public static Path file(String name) {
        return DIR.resolve(name);
    }

    private static Path locate() {
        URL readme = Samples.class.getResource("/samples/README.md");
        if (readme == null) {
            throw new IllegalStateException("the samples are not on the test class path (src/test/resources/samples)");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
