package org.branchledger.core.db;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A data folder's choice to work on an office's server (设置 → 数据库, issue 21): the server's address and the
 * user name, kept in the folder's {@code server.properties}. Never the password: that is typed at each start
 * (or given in {@code BRANCH_LEDGER_DB_PASSWORD}). Without the file the folder's own H2 file is the data.
 */
public record ServerChoice(ServerAddress address, String user) {
    public static final String FILE_NAME = "server.properties";

    /** The folder's choice; empty when it names no server (or the file is not one this program wrote). */
    public static Optional<ServerChoice> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String user = p.getProperty("user", "").strip();
        return user.isEmpty() ? Optional.empty()
                : ServerAddress.parse(p.getProperty("address")).map(a -> new ServerChoice(a, user));
    }

    /** Writes the choice into the folder, whole or not at all (the owner's only, like everything there). */
    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        // Properties' own writer escapes non-ASCII; written by hand, the file stays readable for an IT person
        String text = "# 支部台账: 单位的数据库服务器 (设置 → 数据库). 密码不保存在这里。\n"
                + "address=" + address + "\n" + "user=" + escape(user) + "\n";
        DurableFiles.writeWhole(folder.resolve(FILE_NAME), text);
    }

    /** The folder goes back to its own file. */
    public static void forget(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (out.isEmpty() && c == ' ')) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
