package org.branchledger.core.text;

import java.util.List;
import java.util.Map;

/** A minimal JSON writer for flat records: enough for audit entries and machine-readable output. */
public final class Json {
    private Json() {
    }

    public static String object(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            value(out, e.getValue());
        }
        return out.append('}').toString();
    }

    /** The same object from parallel lists: {@code names.get(i)} is the name of {@code values[i]}. */
    public static String object(java.util.List<String> names, Object[] values) {
        StringBuilder out = new StringBuilder(32 * names.size()).append('{');
        for (int i = 0; i < names.size() && i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, names.get(i));
            out.append(':');
            value(out, values[i]);
        }
        return out.append('}').toString();
    }

    public static String array(List<? extends Map<String, ?>> rows) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "\n  " : ",\n  ").append(object(rows.get(i)));
        }
        return out.append(rows.isEmpty() ? "]" : "\n]").toString();
    }

    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof java.math.BigDecimal d) {
            out.append(d.toPlainString());
        } else {
            string(out, v.toString());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Reads back a flat object written by {@link #object}: string, number, boolean and null values.
     * Numbers and booleans come back as their text.
     */
    public static java.util.Map<String, String> parseFlat(String json) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        int[] pos = {json.indexOf('{') + 1};
        while (true) {
            skipSpace(json, pos);
            if (pos[0] >= json.length() || json.charAt(pos[0]) == '}') {
                return out;
            }
            String key = readString(json, pos);
            skipSpace(json, pos);
            pos[0]++; // ':'
            skipSpace(json, pos);
            String value;
            if (json.charAt(pos[0]) == '"') {
                value = readString(json, pos);
            } else {
                int start = pos[0];
                while (pos[0] < json.length() && ",}".indexOf(json.charAt(pos[0])) < 0) {
                    pos[0]++;
                }
                value = json.substring(start, pos[0]).strip();
                value = value.equals("null") ? null : value;
            }
            out.put(key, value);
            skipSpace(json, pos);
            if (pos[0] < json.length() && json.charAt(pos[0]) == ',') {
                pos[0]++;
            }
        }
    }

    private static void skipSpace(String s, int[] pos) {
        while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
            pos[0]++;
        }
    }

    private static String readString(String s, int[] pos) {
        StringBuilder out = new StringBuilder();
        pos[0]++; // opening quote
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char e = s.charAt(pos[0]++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
                        pos[0] += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line of text values (null stays null): {@code ["a",null,"b"]}, as backups write a table's rows. */
    public static String strings(List<String> values) {
        StringBuilder out = new StringBuilder(16 * values.size()).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values.get(i) == null) {
                out.append("null");
            } else {
                string(out, values.get(i));
            }
        }
        return out.append(']').toString();
    }

    /**
     * The values of a line {@link #strings} wrote.
     *
     * @throws IllegalArgumentException when the line is not such an array
     */
    public static List<String> parseStrings(String line) {
        List<String> values = new java.util.ArrayList<>();
        int[] pos = {0};
        skipSpace(line, pos);
        expect(line, pos, '[');
        skipSpace(line, pos);
        if (pos[0] < line.length() && line.charAt(pos[0]) == ']') {
            pos[0]++;
        } else {
            while (true) {
                skipSpace(line, pos);
                if (line.startsWith("null", pos[0])) {
                    values.add(null);
                    pos[0] += 4;
                } else if (pos[0] < line.length() && line.charAt(pos[0]) == '"') {
                    int before = pos[0];
                    values.add(readString(line, pos));
                    if (line.charAt(pos[0] - 1) != '"' || pos[0] - before < 2) {
                        throw new IllegalArgumentException("unterminated text");
                    }
                } else {
                    throw new IllegalArgumentException("expected text or null at " + pos[0]);
                }
                skipSpace(line, pos);
                if (pos[0] < line.length() && line.charAt(pos[0]) == ',') {
                    pos[0]++;
                    continue;
                }
                expect(line, pos, ']');
                break;
            }
        }
        skipSpace(line, pos);
        if (pos[0] != line.length()) {
            throw new IllegalArgumentException("text after the array");
        }
        return values;
    }

    private static void expect(String s, int[] pos, char c) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + pos[0]);
        }
        pos[0]++;
    }
}
