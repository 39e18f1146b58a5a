package org.branchledger.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.branchledger.core.audit.AuditTrigger;

/**
 * What the server's audit trigger needs from the program at the start of each transaction: who acts (the
 * computer's user, 命令行 for commands) and when by the program's clock, as H2's Java trigger takes them from
 * {@link AuditTrigger}. Set for the transaction only ({@code set_config(…, true)}).
 */
final class ServerSession {
    private ServerSession() {
    }

    static void stamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT set_config('branchledger.actor', ?, true), set_config('branchledger.at', ?, true)")) {
            ps.setString(1, AuditTrigger.actor());
            ps.setString(2, LocalDateTime.now(AuditTrigger.clock()).truncatedTo(ChronoUnit.MILLIS).toString());
            ps.execute();
        }
    }
}
