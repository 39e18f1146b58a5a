package org.branchledger.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lines of text, e.g. a sign-in sheet's head (时间/地点/形式/主题) or counts at the foot. */
public record TextSection(List<String> lines) implements Section {
    public TextSection {
        List<String> copy = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            copy.add(line == null ? "" : line);
        }
        lines = Collections.unmodifiableList(copy);
    }

    public static TextSection of(String... lines) {
        return new TextSection(List.of(lines));
    }
}
