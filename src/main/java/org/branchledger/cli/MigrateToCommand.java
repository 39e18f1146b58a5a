package org.branchledger.cli;

import java.io.PrintStream;
import java.util.Set;
import org.branchledger.App;
import org.branchledger.core.ExitCode;
import org.branchledger.core.UserError;
import org.branchledger.core.db.Database;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.db.ServerCopy;
import org.branchledger.core.i18n.Messages;

/**
 * {@code migrate-to --database postgresql://HOST:PORT/DB}: the data folder's records copied onto an empty server
 * database and checked there table by table before the copy is kept (issue 21). The folder itself is not changed.
 */
final class MigrateToCommand implements Command {
    private final Passwords passwords;

    MigrateToCommand(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String name() {
        return "migrate-to";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("--database");
    }

    @Override
    public ExitCode run(App app, CommandArgs args, PrintStream out, PrintStream err) {
        String text = args.value("--database")
                .orElseThrow(() -> UserError.badInput(Messages.get("cli.error.missingValue", "--database")));
        ServerAddress address = ServerLogin.address(text);
        String user = passwords.serverUser();
        char[] password = passwords.forServer(address.toString());
        Database server;
        try {
            server = Database.openServer(address, user, password);
        } catch (IllegalStateException e) {
            throw UserError.badInput(Messages.get("server.error.connect", address, user, ServerLogin.reason(e)));
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
        try (server) {
            out.println(Messages.get("server.migrate.start", app.folder().path(), address));
            ServerCopy.Outcome copied = app.copyTo(server);
            out.println(Messages.get("server.migrate.done", copied.tables(), copied.rows(), address,
                    copied.digest().substring(0, 16)));
            if (copied.pages() > 0) { // a folder without scanned pages: nothing to claim
                out.println(Messages.get("server.migrate.pages", copied.pages()));
            }
            if (copied.missingPages() > 0) {
                err.println(Messages.get("server.migrate.pagesMissing", copied.missingPages()));
            }
            return ExitCode.DONE;
        } catch (org.branchledger.core.db.TableRows.NotEmptyException e) {
            throw UserError.badInput(Messages.get("server.migrate.notEmpty", address));
        }
    }
}
