package org.branchledger.study;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchledger.core.i18n.Messages;

/**
 * 年度设置: the year's rule as the user types it. Required hours with one decimal (a year's total, so
 * not bound by the 24 hours of one session); the centralised share as a fraction; an optional higher
 * figure for 支部委员 and 书记; the required topics, one a line.
 */
final class StudySettingsFormModel {
    static final int MAX_TENTHS = 9999;
    static final int TOPICS_MAX = 2000;

    private final StringProperty required = new SimpleStringProperty();
    private final StringProperty numerator = new SimpleStringProperty();
    private final StringProperty denominator = new SimpleStringProperty();
    private final StringProperty committee = new SimpleStringProperty();
    private final StringProperty topics = new SimpleStringProperty();
    private final ReadOnlyStringWrapper requiredError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shareError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper committeeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper topicsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    StudySettingsFormModel(StudySettings current) {
        required.set(Hours.format(current.requiredTenths()));
        numerator.set(String.valueOf(current.centralisedNumerator()));
        denominator.set(String.valueOf(current.centralisedDenominator()));
        committee.set(current.committeeRequiredTenths() == null ? "" : Hours.format(current.committeeRequiredTenths()));
        topics.set(String.join("\n", current.topics().stream().filter(t -> !t.isBlank()).toList()));
        Stream.<Observable>of(required, numerator, denominator, committee, topics).forEach(p -> p.addListener(o -> check()));
        check();
    }

    StringProperty required() {
        return required;
    }

    StringProperty numerator() {
        return numerator;
    }

    StringProperty denominator() {
        return denominator;
    }

    StringProperty committee() {
        return committee;
    }

    StringProperty topics() {
        return topics;
    }

    ReadOnlyStringProperty requiredError() {
        return requiredError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty shareError() {
        return shareError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty committeeError() {
        return committeeError.getReadOnlyProperty();
    }

    ReadOnlyStringProperty topicsError() {
        return topicsError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty valid() {
        return valid.getReadOnlyProperty();
    }

    /** The settings typed; only while {@link #valid()}. */
    StudySettings settings() {
        String c = committee.get().strip();
        return new StudySettings(yearHours(required.get()), Integer.parseInt(numerator.get().strip()),
                Integer.parseInt(denominator.get().strip()), c.isEmpty() ? null : yearHours(c), topicList());
    }

    /** The topics, one a line, blanks and repeats dropped. */
    List<String> topicList() {
        return Arrays.stream(topics.get().split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).distinct()
                .toList();
    }

    private void check() {
        Integer r = null;
        try {
            r = yearHours(required.get());
            requiredError.set("");
        } catch (IllegalArgumentException e) {
            requiredError.set(e.getMessage());
        }
        shareError.set(shareProblem(numerator.get(), denominator.get()));
        String c = committee.get().strip();
        committeeError.set("");
        if (!c.isEmpty()) {
            try {
                int ct = yearHours(c);
                if (r != null && ct < r) {
                    committeeError.set(Messages.get("studyScreen.settings.committeeLower"));
                }
            } catch (IllegalArgumentException e) {
                committeeError.set(e.getMessage());
            }
        }
        topicsError.set(String.join("\n", topicList()).length() > TOPICS_MAX
                ? Messages.get("studyScreen.form.tooLong", TOPICS_MAX) : "");
        valid.set(Stream.of(requiredError, shareError, committeeError, topicsError).allMatch(e -> e.get().isEmpty()));
    }

    /** "40" or "40.0" → 400; one decimal at most, more than 0, under 1000. */
    static int yearHours(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("studyScreen.settings.hoursNeeded"));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("studyScreen.settings.notNumber", t));
        }
        BigDecimal tenths = value.movePointRight(1);
        if (tenths.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(Messages.get("studyScreen.settings.oneDecimal", t));
        }
        if (tenths.signum() <= 0 || tenths.compareTo(BigDecimal.valueOf(MAX_TENTHS)) > 0) {
            throw new IllegalArgumentException(Messages.get("studyScreen.settings.range", t));
        }
        return tenths.intValueExact();
    }

    private static String shareProblem(String num, String den) {
        try {
            int n = Integer.parseInt(num.strip());
            int d = Integer.parseInt(den.strip());
            return n > 0 && d > 0 && n <= d && d <= 100 ? "" : Messages.get("studyScreen.settings.shareRange");
        } catch (NumberFormatException e) {
            return Messages.get("studyScreen.settings.shareRange");
        }
    }
}
