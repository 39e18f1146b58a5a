package org.branchledger.settings;

import static org.branchledger.jooq.Tables.SETTING;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;

/** Name/value settings of the installation. */
public final class SettingRepository {

    /** Plain JDBC: the font size is read before the window's first frame, before jOOQ has loaded. */
    public Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM setting WHERE setting_key = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(DSLContext db, String name, String value) {
        db.mergeInto(SETTING).using(db.selectOne())
                .on(SETTING.SETTING_KEY.eq(name))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
