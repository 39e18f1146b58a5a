package org.branchledger.cli;

import java.io.IOException;
import org.branchledger.App;
import org.branchledger.core.UserError;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.db.ServerAddress;
import org.branchledger.core.i18n.Messages;

/** {@code --database postgresql://HOST:PORT/DB}: the address checked, the user and password found, the server opened. */
final class ServerLogin {
    private final Passwords passwords;

    ServerLogin(Passwords passwords) {
        this.passwords = passwords;
    }

    /** The address as written, or a one-line message saying how to write it. */
    static ServerAddress address(String text) {
        return ServerAddress.parse(text)
                .orElseThrow(() -> UserError.badInput(Messages.get("server.error.address", text)));
    }

    App open(DataFolder folder, ServerAddress address, char[] folderPassword) throws IOException {
        String user = passwords.serverUser();
        char[] password = passwords.forServer(address.toString());
        try {
            return App.openServer(folder, org.branchledger.core.db.DataFolderLock.none(),
                    new org.branchledger.core.db.ServerChoice(address, user), password, folderPassword);
        } catch (IllegalStateException e) {
            throw UserError.badInput(Messages.get("server.error.connect", address, user, reason(e)));
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** The server's own words, one line (PostgreSQL's messages are in the server's language, often Chinese). */
    static String reason(Throwable e) {
        return org.branchledger.core.db.ServerProbe.failure(e).reason();
    }
}
