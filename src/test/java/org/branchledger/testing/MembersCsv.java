package org.branchledger.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roster as {@code members --format csv} prints it, read back: 公民身份号码 → column → value, in order. */
public final class MembersCsv {
    private MembersCsv() {
    }

    public static Map<String, Map<String, String>> parse(String out) {
        List<String> lines = out.lines().map(l -> l.replace("\uFEFF", "")).toList();
        String[] head = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < head.length && i < cells.length; i++) {
                m.put(head[i], cells[i]);
            }
            byId.put(m.get("公民身份号码"), m);
        }
        return byId;
    }
}
