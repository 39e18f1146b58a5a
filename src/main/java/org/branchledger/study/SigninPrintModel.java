package org.branchledger.study;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.branchledger.core.i18n.Messages;

/**
 * The 打印签到表 line of 学习考勤: the offer made right after 新增活动, then what printing is doing and where the
 * sheet went. No window: the controller shows it, and tests drive it directly.
 */
final class SigninPrintModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offering = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private StudySession offered;

    /** What the line says ("" hides it). */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Whether the 现在打印 / 以后再说 buttons show. */
    ReadOnlyBooleanProperty offering() {
        return offering.getReadOnlyProperty();
    }

    /** A sheet is being written: the print buttons wait. */
    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The session the offer is about, while it stands. */
    StudySession offered() {
        return offering.get() ? offered : null;
    }

    /** Right after 新增活动 saved {@code session}: offer its sheet. */
    void offer(StudySession session) {
        offered = session;
        offering.set(true);
        message.set(Messages.get("studyScreen.signin.offer")); // the session is the one shown beside it
    }

    /** 以后再说, or another session picked in the list: the offer goes. */
    void dismiss() {
        offering.set(false);
        offered = null;
        if (!busy.get()) {
            message.set("");
        }
    }

    /**
     * Another session was picked: an offer about a different one goes. No session (the list being refilled after
     * the save itself) leaves it.
     */
    void picked(StudySession session) {
        if (offering.get() && session != null && !Objects.equals(session.id(), offered.id())) {
            dismiss();
        }
    }

    void started(StudySession session) {
        offering.set(false);
        busy.set(true);
        message.set(Messages.get("studyScreen.signin.printing", SigninLedger.date(session.heldOn()),
                session.kind().label()));
    }

    void done(Path file, String code) {
        busy.set(false);
        message.set(Messages.get("studyScreen.signin.saved", file.toString(), code));
    }

    void failed(String why) {
        busy.set(false);
        message.set(Messages.get("studyScreen.signin.failed", why));
    }
}
