package org.branchledger.settings;

import java.util.Map;
import org.branchledger.core.audit.ChangeDescriber;

/** What the 操作记录 calls this feature's tables (设置) and their columns, in words a secretary reads. */
public final class SettingsAuditLabels {
    private SettingsAuditLabels() {
    }

    public static void register(ChangeDescriber changes) {
        changes.register("setting", "设置", "setting_key", Map.of("setting_value", "值"))
                .registerNames("setting", Map.of("ui.fontSize", "字号"));
    }
}
