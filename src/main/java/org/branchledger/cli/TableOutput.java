package org.branchledger.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.branchledger.core.text.Csv;
import org.branchledger.core.text.Json;

/** Rows with Chinese column names, printed as CSV (with a header row) or as a JSON array of objects. */
public final class TableOutput {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public TableOutput(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public void add(List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, expected " + columns.size());
        }
        rows.add(row);
    }

    public void print(OutputFormat format, PrintStream out) {
        if (format == OutputFormat.JSON) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> row : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    o.put(columns.get(i), row.get(i));
                }
                objects.add(o);
            }
            out.println(Json.array(objects));
        } else {
            // RFC 4180 line ends, the same on every system (and what Excel writes)
            out.print(Csv.line(columns) + "\r\n");
            for (List<Object> row : rows) {
                out.print(Csv.line(row.stream().map(v -> v == null ? "" : v.toString()).toList()) + "\r\n");
            }
        }
        out.flush();
    }

    /** The 是 / 否 of yes-no columns. */
    public static String yesNo(boolean b) {
        return b ? "是" : "否";
    }
}
