package org.branchledger.core.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.branchledger.core.text.Json;

/**
 * A database's rows as text, the same on either engine (issue 21's engine-independent backups, and
 * {@code migrate-to}): the data tables in an order that puts each after the tables it refers to, each table
 * written as lines of JSON (its column names, then one line per row, every value as {@link TableDigest#portable}
 * writes it), and read back into an empty database of either engine with the values typed as its columns are.
 * Filling one is done with the audit triggers off: the copied trail already records every row.
 */
public final class TableRows {
    /**
     * The scanned pages' bytes (V15): rows on a server; in a folder the table stays empty and the pages are files,
     * which a backup of the rows writes as this table's lines ({@link #writePages}) and a restore into a folder
     * turns back into files.
     */
    public static final String PAGES_TABLE = "scanned_page";
    /** A batch of rows sent at once is cut short beyond this many bytes of pages. */
    private static final long BATCH_BYTES = 16L << 20;

    /** The database already holds data: nothing was written. */
    public static final class NotEmptyException extends RuntimeException {
        NotEmptyException() {
            super("the database already holds data");
        }
    }

    /** A table's lines are not what a backup writes: the table and the line's number (1 = the column names). */
    public static final class BadLineException extends RuntimeException {
        public BadLineException(String table, long line, String why) {
            super(table + " line " + line + ": " + why);
        }
    }

    private TableRows() {
    }

    static boolean onServer(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** The data tables (Flyway's history aside), in lower case, each after the tables it refers to. */
    public static List<String> inDependencyOrder(Connection c) throws SQLException {
        boolean server = onServer(c);
        String schema = server ? "public" : "PUBLIC";
        DatabaseMetaData md = c.getMetaData();
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (!t.equalsIgnoreCase("flyway_schema_history")) {
                    refersTo.put(t.toLowerCase(), new LinkedHashSet<>());
                }
            }
        }
        for (String t : refersTo.keySet()) {
            try (ResultSet rs = md.getImportedKeys(null, schema, server ? t : t.toUpperCase())) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase();
                    if (!parent.equals(t)) {
                        refersTo.get(t).add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < refersTo.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> e : refersTo.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("tables refer to each other in a circle: " + refersTo);
            }
        }
        return ordered;
    }

    /** A table's name as the engine's SQL takes it. */
    static String quoted(Connection c, String table) throws SQLException {
        return onServer(c) ? table : "\"" + table.toUpperCase() + "\"";
    }

    /** Writes one table's rows: its column names, then one line per row. */
    public static long write(Connection c, String table, Writer out) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(table.equals(PAGES_TABLE) ? 4 : 1000);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + quoted(c, table))) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> line = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    line.add(md.getColumnName(i).toLowerCase());
                }
                out.write(Json.strings(line));
                out.write('\n');
                while (rs.next()) {
                    line.clear();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        line.add(v == null ? null : TableDigest.portableText(v));
                    }
                    out.write(Json.strings(line));
                    out.write('\n');
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Refuses a database that holds a row in any of {@code tables}. */
    public static void refuseUnlessEmpty(Connection c, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + quoted(c, table) + " LIMIT 1")) {
                    if (rs.next()) {
                        throw new NotEmptyException();
                    }
                }
            }
        }
    }

    /** The server's audit triggers off (on) for the tables, inside the copy's transaction; H2's: see AuditTrigger. */
    public static void serverTriggers(Connection c, List<String> tables, boolean on) throws SQLException {
        if (!onServer(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("ALTER TABLE " + table + (on ? " ENABLE" : " DISABLE") + " TRIGGER USER");
            }
        }
    }

    /** Numbers made after a copy go on after the copied ones. */
    public static void continueNumbers(Connection c, List<String> tables) throws SQLException {
        boolean server = onServer(c);
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                if (!hasIdentity(c, table, server)) {
                    continue;
                }
                if (server) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), MAX(id)) FROM " + table
                            + " HAVING MAX(id) IS NOT NULL");
                } else {
                    long next;
                    try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(ID), 0) + 1 FROM " + quoted(c, table))) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    s.execute("ALTER TABLE " + quoted(c, table) + " ALTER COLUMN ID RESTART WITH " + next);
                }
            }
        }
    }

    private static boolean hasIdentity(Connection c, String table, boolean server) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? AND column_name = ? AND is_identity = 'YES'")) {
            ps.setString(1, server ? "public" : "PUBLIC");
            ps.setString(2, server ? table : table.toUpperCase());
            ps.setString(3, server ? "id" : "ID");
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Reads one table's lines {@link #write} wrote and inserts the rows; the number of rows. */
    public static long read(Connection c, String table, BufferedReader in) throws SQLException, IOException {
        String header = in.readLine();
        if (header == null) {
            throw new BadLineException(table, 1, "no column names");
        }
        List<String> columns = parse(table, 1, header);
        Map<String, Integer> types = columnTypes(c, table);
        int[] type = new int[columns.size()];
        for (int i = 0; i < type.length; i++) {
            Integer t = types.get(columns.get(i));
            if (t == null) {
                throw new BadLineException(table, 1, "no column " + columns.get(i));
            }
            type[i] = t;
        }
        String sql = "INSERT INTO " + quoted(c, table) + " (" + String.join(", ", quotedAll(c, columns)) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        long batchBytes = 0;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            String line;
            while ((line = in.readLine()) != null) {
                List<String> values = parse(table, rows + 2, line);
                if (values.size() != type.length) {
                    throw new BadLineException(table, rows + 2, values.size() + " values for " + type.length + " columns");
                }
                for (int i = 0; i < type.length; i++) {
                    try {
                        insert.setObject(i + 1, typed(values.get(i), type[i]));
                    } catch (RuntimeException e) {
                        throw new BadLineException(table, rows + 2, columns.get(i) + ": " + e.getMessage());
                    }
                }
                insert.addBatch();
                batchBytes += line.length();
                if (++rows % 1000 == 0 || batchBytes > BATCH_BYTES) {
                    insert.executeBatch();
                    batchBytes = 0;
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /**
     * Writes a folder's pages as the lines of {@link #PAGES_TABLE} (its own table stays empty): each page a record
     * of {@code c} names, read (and opened, when sealed) through {@code pages}; one whose file is gone is left out.
     *
     * @return the number of pages written
     */
    public static long writePages(Connection c, ScannedPages pages, Writer out) throws SQLException, IOException {
        out.write(Json.strings(List.of("stored_path", "sha256", "content")));
        out.write('\n');
        long rows = 0;
        for (String stored : pagePaths(c)) {
            byte[] content;
            try {
                content = pages.read(stored);
            } catch (java.nio.file.NoSuchFileException e) {
                continue; // missing from the folder already
            }
            out.write(Json.strings(java.util.Arrays.asList(stored, DurableFiles.sha256(content),
                    java.util.Base64.getEncoder().encodeToString(content))));
            out.write('\n');
            rows++;
        }
        return rows;
    }

    /**
     * Moves the pages a restore put into a folder's new database ({@link #PAGES_TABLE}) out into files through
     * {@code pages}, each checked against its SHA-256, and empties the table: a folder keeps its pages as files.
     *
     * @return the number of pages
     * @throws BadLineException when a page is not the one its SHA-256 names
     */
    public static long pagesToFiles(Connection c, ScannedPages pages) throws SQLException {
        long n = 0;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT stored_path, sha256, content FROM " + quoted(c, PAGES_TABLE))) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    byte[] content = rs.getBytes(3);
                    if (!DurableFiles.sha256(content).equals(rs.getString(2).strip())) {
                        throw new BadLineException(PAGES_TABLE, n + 2, stored + ": not the page its SHA-256 names");
                    }
                    pages.write(stored, content);
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s.executeUpdate("DELETE FROM " + quoted(c, PAGES_TABLE));
        }
        return n;
    }

    /** Every stored path the records name (a page's note, a received branch's pages). */
    public static List<String> pagePaths(Connection c) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT stored_path FROM " + quoted(c, "note_attachment")
                     + " ORDER BY 1")) {
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
        }
        return paths;
    }

    private static List<String> parse(String table, long number, String line) {
        try {
            return Json.parseStrings(line);
        } catch (RuntimeException e) {
            throw new BadLineException(table, number, String.valueOf(e.getMessage()));
        }
    }

    private static List<String> quotedAll(Connection c, List<String> columns) throws SQLException {
        boolean server = onServer(c);
        List<String> out = new ArrayList<>(columns.size());
        for (String column : columns) {
            out.add(server ? column : "\"" + column.toUpperCase() + "\"");
        }
        return out;
    }

    private static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + quoted(c, table) + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                types.put(md.getColumnName(i).toLowerCase(), md.getColumnType(i));
            }
        }
        return types;
    }

    /** A value's text as its column's type (PostgreSQL's driver calls a boolean BIT). */
    static Object typed(String text, int type) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case Types.BIGINT -> Long.valueOf(text);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Integer.valueOf(text);
            case Types.BOOLEAN, Types.BIT -> bool(text);
            case Types.DATE -> LocalDate.parse(text);
            case Types.TIMESTAMP -> LocalDateTime.parse(text);
            case Types.TIME -> LocalTime.parse(text);
            case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(text);
            case Types.DOUBLE, Types.FLOAT -> Double.valueOf(text);
            case Types.REAL -> Float.valueOf(text);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    java.util.Base64.getDecoder().decode(text);
            default -> text;
        };
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("not true/false: " + text);
        }
        return Boolean.valueOf(text);
    }
}
