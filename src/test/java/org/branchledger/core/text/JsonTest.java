package org.branchledger.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void flatObjectsReadBackAsWritten() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "王\"芳\"\n,}");
        fields.put("id", 42L);
        fields.put("floating", true);
        fields.put("remark", null);
        Map<String, String> back = Json.parseFlat(Json.object(fields));
        assertEquals("王\"芳\"\n,}", back.get("name"));
        assertEquals("42", back.get("id"));
        assertEquals("true", back.get("floating"));
        assertEquals(null, back.get("remark"));
        assertEquals(4, back.size());
    }

    @Test
    void linesOfTextReadBackAsWrittenAndAnythingElseIsRefused() {
        java.util.List<String> values = java.util.Arrays.asList("王\"芳\"\n,]", null, "", "\\\t\u0001", "null");
        String line = Json.strings(values);
        assertEquals(values, Json.parseStrings(line));
        assertEquals(java.util.List.of(), Json.parseStrings("[]"));
        for (String bad : java.util.List.of("", "[", "[\"a\"", "[\"a\",]", "[1]", "[\"a\"] x", "{}")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Json.parseStrings(bad), bad);
        }
    }
}
