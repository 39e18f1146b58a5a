package org.branchledger.settings;

import static org.branchledger.jooq.Tables.SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Name/value settings of the installation. */
public final class SettingRepository {

    public Optional<String> get(DSLContext db, String name) {
        return db.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(name))
                .fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(DSLContext db, String name, String value) {
        db.mergeInto(SETTING).using(db.selectOne())
                .on(SETTING.SETTING_KEY.eq(name))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
