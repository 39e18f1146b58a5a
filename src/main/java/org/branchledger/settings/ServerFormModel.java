package org.branchledger.settings;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerChoice;
import org.branchledger.core.db.ServerProbe;
import org.branchledger.core.i18n.Messages;

/**
 * 连接到单位的数据库服务器 as the IT person's words are typed: 服务器地址, 端口 (5432 unless told), 数据库名 and 用户名,
 * each checked on every key with its message; a whole {@code postgresql://HOST:PORT/DB} pasted into 服务器地址 fills
 * the three fields ({@link #hostFrom}). The password is not part of it: it stays in its field and is never kept. No window needed.
 */
public final class ServerFormModel {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]+");

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper databaseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    /** A field left empty says so only once something was typed: a new form does not open full of red. */
    private boolean touched;

    /** The form filled with the folder's last choice, if any. */
    public ServerFormModel(Optional<ServerChoice> last) {
        last.ifPresent(c -> {
            host.set(c.address().host());
            port.set(String.valueOf(c.address().port()));
            database.set(c.address().database());
            user.set(c.user());
        });
        touched = last.isPresent();
        Stream.<Observable>of(host, port, database, user).forEach(p -> p.addListener(o -> {
            touched = true;
            check();
        }));
        check();
    }

    /**
     * What 服务器地址 should hold when {@code typed} is put there: a whole address ({@code postgresql://HOST:PORT/DB})
     * fills 端口 and 数据库名 and leaves its host; anything else stays as typed.
     */
    public String hostFrom(String typed) {
        return ServerAddress.parse(typed).map(pasted -> {
            port.set(String.valueOf(pasted.port()));
            database.set(pasted.database());
            return pasted.host();
        }).orElse(typed);
    }

    private void check() {
        String h = host.get().strip();
        hostError.set(h.isEmpty() ? shown("dbserver.problem.host")
                : HOST.matcher(h).matches() ? "" : Messages.get("dbserver.problem.hostForm"));
        portError.set(portNumber().isPresent() ? "" : Messages.get("dbserver.problem.port"));
        databaseError.set(NAME.matcher(database.get().strip()).matches() ? ""
                : database.get().isBlank() ? shown("dbserver.problem.database") : Messages.get("dbserver.problem.database"));
        userError.set(user.get().isBlank() ? shown("dbserver.problem.user") : "");
        valid.set(choice().isPresent() && !user.get().isBlank());
    }

    private String shown(String key) {
        return touched ? Messages.get(key) : "";
    }

    private Optional<Integer> portNumber() {
        String p = port.get().strip();
        if (!p.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(p);
        return n >= 1 && n <= 65535 ? Optional.of(n) : Optional.empty();
    }

    /** What was typed, as an address and user; empty while a field is wrong. */
    public Optional<ServerChoice> choice() {
        String h = host.get().strip();
        String name = user.get().strip();
        if (!HOST.matcher(h).matches() || name.isEmpty() || portNumber().isEmpty()) {
            return Optional.empty();
        }
        return ServerAddress.parse("postgresql://" + h + ":" + portNumber().get() + "/" + database.get().strip())
                .map(address -> new ServerChoice(address, name));
    }

    /** The result of 测试连接 (or of connecting) in plain words. */
    public static String outcome(ServerProbe.Outcome o, ServerChoice tried) {
        return switch (o.kind()) {
            case OURS -> o.branches() == 0 ? Messages.get("dbserver.outcome.oursNone")
                    : Messages.get("dbserver.outcome.ours", String.valueOf(o.branches()));
            case EMPTY -> Messages.get("dbserver.outcome.empty");
            case OTHER_TABLES -> Messages.get("dbserver.outcome.otherTables");
            case UNREACHABLE -> Messages.get("dbserver.outcome.unreachable", tried.address().host(),
                    String.valueOf(tried.address().port()));
            case WRONG_LOGIN -> Messages.get("dbserver.outcome.wrongLogin");
            case NOT_ALLOWED -> Messages.get("dbserver.outcome.notAllowed", tried.user(), o.reason());
            case NO_DATABASE -> Messages.get("dbserver.outcome.noDatabase", tried.address().database());
            case OTHER -> Messages.get("dbserver.outcome.other", o.reason());
        };
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    public ReadOnlyStringProperty hostError() {
        return hostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portError() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseError() {
        return databaseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userError() {
        return userError.getReadOnlyProperty();
    }

    /** True when 测试连接 and 连接 can be tried. */
    public ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }
}
