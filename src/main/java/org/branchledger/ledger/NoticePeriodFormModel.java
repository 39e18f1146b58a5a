package org.branchledger.ledger;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchledger.core.dates.DateParseException;
import org.branchledger.core.dates.DateParser;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;

/**
 * The 公示期 asked before a 公开承诺公示表 is printed: first and last day, from today for the branch's usual
 * length unless changed, checked as typed. No window: {@link NoticePeriodDialog} shows it.
 */
final class NoticePeriodFormModel {
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final int usualDays;

    NoticePeriodFormModel(LocalDate today, int usualDays) {
        this.usualDays = usualDays;
        from.set(today.toString());
        to.set(today.plusDays(usualDays - 1L).toString());
        from.addListener((o, a, b) -> check());
        to.addListener((o, a, b) -> check());
        check();
    }

    StringProperty from() {
        return from;
    }

    StringProperty to() {
        return to;
    }

    /** What is wrong with the dates, or "". */
    ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The period in words and what printing records, while the dates are good. */
    ReadOnlyStringProperty what() {
        return what.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The period typed; only when {@link #valid}. */
    NoticePeriod period() {
        return new NoticePeriod(day(from.get()), day(to.get()));
    }

    int usualDays() {
        return usualDays;
    }

    private void check() {
        try {
            NoticePeriod p = period();
            error.set("");
            what.set(Messages.get("ledgers.notice.what", p.text(), NoticePeriod.format(p.from())));
            valid.set(true);
        } catch (IllegalArgumentException | UserError e) {
            error.set(e.getMessage());
            what.set("");
            valid.set(false);
        }
    }

    /** @throws IllegalArgumentException with a message in Chinese */
    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.get("ledgers.notice.needDates"));
        }
        try {
            PartialDate d = DateParser.parse(text);
            if (d.monthPrecision()) {
                throw new IllegalArgumentException(Messages.get("ledgers.notice.dayNeeded", text.strip()));
            }
            return d.firstDay();
        } catch (DateParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
