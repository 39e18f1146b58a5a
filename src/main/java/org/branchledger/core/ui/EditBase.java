package org.branchledger.core.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.branchledger.core.db.RecordChangedException;
import org.branchledger.core.i18n.Messages;

/**
 * The record an edit form was opened on, which its save hands the service to check against (decision 0025),
 * and the one dialog when that save is refused because someone else changed the record: what they changed,
 * field by field, with 用我的覆盖 (the record as it is now becomes the base, and the form saves again) or
 * 放弃我的修改(重新载入) (the form closes and the page shows the record as it is now).
 *
 * @param <T> the feature's record (a member, a pledge, a branch)
 */
public final class EditBase<T> {
    private final Class<T> type;
    private T base;

    /** @param loaded the record as the form shows it when opened; null for a new one (nothing to check) */
    public EditBase(Class<T> type, T loaded) {
        this.type = type;
        this.base = loaded;
    }

    /** The record the save checks against: as loaded, or as it was when the user chose to overwrite. */
    public T get() {
        return base;
    }

    /**
     * After a save failed: a save refused for someone else's change asks, then saves again ({@code saveAgain}) or
     * closes the form with the record as it is now ({@code close}); any other failure is shown.
     */
    public void failed(Throwable error, Dialogs dialogs, Runnable saveAgain, Consumer<T> close) {
        if (!(error instanceof RecordChangedException refused)) {
            dialogs.showError(error);
        } else if (overwrite(refused, dialogs)) {
            saveAgain.run();
        } else {
            close.accept(reloaded(refused));
        }
    }

    /**
     * Asks what to do with a refused save. True: the user chose to overwrite, the base is now the record as it is,
     * and the form saves again. False: the form is to close and show {@link #reloaded}.
     */
    public boolean overwrite(RecordChangedException refused, Dialogs dialogs) {
        if (refused.deleted()) {
            dialogs.showInfo(Messages.get("editConflict.title"), message(refused));
            return false;
        }
        if (dialogs.confirm(Messages.get("editConflict.title"), message(refused), Messages.get("editConflict.overwrite"),
                Messages.get("editConflict.reload"))) {
            base = refused.theirs(type);
            return true;
        }
        return false;
    }

    /** What the page is to show once the form closed without saving: the record as it is now (as loaded if deleted). */
    public T reloaded(RecordChangedException refused) {
        return refused.deleted() ? base : refused.theirs(type);
    }

    /** The dialog's text: 保存前，别人已改过这条记录： and a line a field (字段：你打开时的值 → 别人改成的值). */
    public static String message(RecordChangedException refused) {
        if (refused.deleted()) {
            return Messages.get("editConflict.deleted");
        }
        return Messages.get("editConflict.changed") + "\n" + refused.changes().stream()
                .map(c -> Messages.get("editConflict.field", c.field(), c.loaded(), c.theirs()))
                .collect(Collectors.joining("\n"));
    }
}
