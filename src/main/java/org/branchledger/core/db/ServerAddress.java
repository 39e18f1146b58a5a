package org.branchledger.core.db;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an office's shared database is: {@code postgresql://HOST:PORT/DB} as the secretary or the office's IT
 * person writes it ({@code --database}, 设置 → 数据库). The user name and password never live in it.
 */
public record ServerAddress(String host, int port, String database) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern FORM = Pattern.compile(
            "postgres(?:ql)?://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(?::(\\d{1,5}))?/([A-Za-z0-9_\\-]+)/?");

    /** The address written {@code postgresql://HOST[:PORT]/DB}, or empty when it is not one. */
    public static Optional<ServerAddress> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            return Optional.empty();
        }
        return Optional.of(new ServerAddress(m.group(1), port, m.group(3)));
    }

    /** The JDBC URL of PostgreSQL's driver. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }
}
