package org.branchledger.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where the header is and which column holds which field.
 *
 * @param headerRowNumber the header's row number as the user sees it
 * @param columns         field → 0-based column index, for the fields found
 * @param headerTexts     the header cells' raw texts by column index, "" for a blank one
 * @param unmappedColumns non-blank header cells that name no field, or a field already found further left
 * @param missingRequired the required fields not found
 * @param alternates      field → further columns naming the same field ("入党时间" beside "加入党组织日期"),
 *                        read to be compared with the chosen column
 */
public record HeaderMatch(int headerRowNumber, Map<String, Integer> columns, List<String> headerTexts,
                          List<Integer> unmappedColumns, List<String> missingRequired,
                          Map<String, List<Integer>> alternates) {

    public HeaderMatch(int headerRowNumber, Map<String, Integer> columns, List<String> headerTexts,
                       List<Integer> unmappedColumns, List<String> missingRequired) {
        this(headerRowNumber, columns, headerTexts, unmappedColumns, missingRequired, Map.of());
    }

    public HeaderMatch {
        alternates = Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        headerTexts = List.copyOf(headerTexts);
        unmappedColumns = List.copyOf(unmappedColumns);
        missingRequired = List.copyOf(missingRequired);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }

    public OptionalInt column(String field) {
        Integer c = columns.get(field);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** The field's cell in a data row; {@link Cell#BLANK} when the file has no such column. */
    public Cell cell(SheetRow row, String field) {
        Integer c = columns.get(field);
        return c == null ? Cell.BLANK : row.cell(c);
    }

    /** A column's header as messages name it (no line breaks, no bracketed hints), "" when blank. */
    public String headerName(int column) {
        String t = headerText(column);
        return t.isBlank() ? "" : HeaderDetector.display(t);
    }

    /** The header text of a column, "" when blank or beyond the header. */
    public String headerText(int column) {
        return column >= 0 && column < headerTexts.size() ? headerTexts.get(column) : "";
    }

    /** True when every required field was found. */
    public boolean complete() {
        return missingRequired.isEmpty();
    }
}
