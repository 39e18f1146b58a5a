package org.branchledger.township;

import java.util.List;
import java.util.Map;

/**
 * One table of a branch package: its name as in the schema ({@code member}) and its rows, each a column name
 * with its value as text ({@link ColumnValue}; null: empty). In the file, one JSON object a line.
 */
record PackageTable(String name, List<Map<String, String>> rows) {
    PackageTable {
        rows = List.copyOf(rows);
    }

    /** Where the table lies in the package file. */
    String entry() {
        return entryOf(name);
    }

    static String entryOf(String table) {
        return "tables/" + table + ".jsonl";
    }
}
