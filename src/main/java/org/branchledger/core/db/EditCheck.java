package org.branchledger.core.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.branchledger.core.i18n.Messages;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

/**
 * Optimistic checking of an edit form's save, the same on H2 and PostgreSQL (decision 0025): the update is
 * {@code UPDATE … SET <the columns the user changed> WHERE <key> AND <each column IS NOT DISTINCT FROM the value
 * the form loaded>}. When it matches no row, someone else changed the record (or deleted it) since the form
 * loaded it: the row as it is now is read and a {@link RecordChangedException} names what they changed.
 * No version column: the loaded values are the version. For the repositories, which fill the records.
 */
public final class EditCheck {
    /** The SQLSTATE of a unique key's refusal, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private EditCheck() {
    }

    /**
     * Writes the columns where {@code edited} differs from {@code loaded}, only if the row {@code key} picks
     * still holds every value of {@code loaded}.
     *
     * @param loaded  the record as the form loaded it, filled into a new record: its set columns are those compared
     * @param edited  the record as the user left it, filled the same way
     * @param written columns set only when something is written (updated_at), with their values
     * @param labels  column names in the secretary's words, for the refusal
     * @param toDomain the record as it is now, in the feature's own type, for {@link RecordChangedException#theirs}
     * @return whether anything was written (nothing, when the user changed nothing)
     * @throws RecordChangedException when the row is gone or differs from {@code loaded}; nothing written
     */
    public static <R extends TableRecord<R>> boolean update(DSLContext db, Condition key, R loaded, R edited,
                                                            Map<Field<?>, Object> written, Map<String, String> labels,
                                                            Function<R, Object> toDomain) {
        List<Field<?>> compared = new ArrayList<>();
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        Condition same = key;
        for (Field<?> f : loaded.fields()) {
            if (!loaded.changed(f)) {
                continue;
            }
            compared.add(f);
            same = same.and(notDistinct(f, loaded.get(f)));
            if (edited.changed(f) && !Objects.equals(loaded.get(f), edited.get(f))) {
                set.put(f, edited.get(f));
            }
        }
        if (set.isEmpty()) {
            return false;
        }
        set.putAll(written);
        if (db.update(loaded.getTable()).set(set).where(same).execute() == 1) {
            return true;
        }
        R now = db.fetchOne(loaded.getTable(), key);
        if (now == null) {
            throw new RecordChangedException(List.of(), null);
        }
        throw refusal(compared, loaded, now, labels, toDomain);
    }

    /**
     * Inserts {@code edited}, for a form that found no row where {@code key} points (a grid's member not yet
     * marked): when someone else has stored one there since, nothing is written and the refusal names its values,
     * compared with the form as the secretary saw it (the labelled columns blank, the keys the same).
     *
     * @throws RecordChangedException when the row is there now; nothing written
     */
    public static <R extends TableRecord<R>> void insert(DSLContext db, Condition key, R edited,
                                                         Map<String, String> labels, Function<R, Object> toDomain) {
        R blank = db.newRecord(edited.getTable());
        for (Field<?> f : edited.fields()) {
            if (edited.changed(f)) {
                copy(blank, f, labels.containsKey(column(f)) ? null : edited.get(f));
            }
        }
        insert(db, key, blank, edited, Map.of(), labels, toDomain);
    }

    /**
     * Stores the first record where {@code key} points, for a form that found none there and showed {@code blank}.
     * The table's unique key is the check: when someone else stored one since, a moment ago or at the same moment
     * from another PC (on a server the insert then waits for theirs to commit), the insert meets it, and the
     * record there is treated as an edit of {@code blank} ({@link #update}): still blank, it is written over;
     * holding just what this form would store, it is left as it is; anything else is refused.
     *
     * @param blank the form as it was shown (its set columns are those compared), {@code key}'s columns included
     * @return whether anything was written
     * @throws RecordChangedException when someone else stored other values there; nothing written
     */
    public static <R extends TableRecord<R>> boolean insert(DSLContext db, Condition key, R blank, R edited,
                                                            Map<Field<?>, Object> written, Map<String, String> labels,
                                                            Function<R, Object> toDomain) {
        DataAccessException met = insertIfAbsent(db, edited);
        if (met == null) {
            return true;
        }
        R now = db.fetchOne(edited.getTable(), key);
        if (now == null) {
            throw met; // another unique key than the form's: not someone else's record
        }
        if (java.util.Arrays.stream(edited.fields()).filter(edited::changed)
                .allMatch(f -> Objects.equals(edited.get(f), now.get(f)))) {
            return false; // they stored just what this form would have
        }
        return update(db, key, blank, edited, written, labels, toDomain);
    }

    /**
     * Inserts {@code r} (its set columns) unless a unique key of its table already holds its values, as the
     * key's refusal says: SQLSTATE 23505 on H2 and PostgreSQL alike. The insert runs in a savepoint, so the
     * transaction goes on after the refusal (on PostgreSQL a refused statement otherwise spoils all of it).
     *
     * @return null when inserted, else the refusal
     */
    public static DataAccessException insertIfAbsent(DSLContext db, TableRecord<?> r) {
        try {
            db.transaction(savepoint -> savepoint.dsl().insertInto(r.getTable()).set(r).execute());
            return null;
        } catch (DataAccessException e) {
            if (DUPLICATE_KEY.equals(e.sqlState())) {
                return e;
            }
            throw e;
        }
    }

    private static <R extends TableRecord<R>> RecordChangedException refusal(List<Field<?>> compared, R loaded, R now,
                                                                             Map<String, String> labels,
                                                                             Function<R, Object> toDomain) {
        List<RecordChangedException.FieldChange> changes = new ArrayList<>();
        for (Field<?> f : compared) {
            if (!Objects.equals(loaded.get(f), now.get(f))) {
                changes.add(new RecordChangedException.FieldChange(labels.getOrDefault(column(f), column(f)),
                        text(loaded.get(f)), text(now.get(f))));
            }
        }
        return new RecordChangedException(changes, toDomain.apply(now));
    }

    /** The column's name as the labels have it (H2's names are upper case). */
    private static String column(Field<?> f) {
        return f.getName().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void copy(TableRecord<?> r, Field<?> f, Object value) {
        r.set((Field<Object>) f, value);
    }

    @SuppressWarnings("unchecked")
    private static Condition notDistinct(Field<?> f, Object value) {
        return ((Field<Object>) f).isNotDistinctFrom(value);
    }

    /** A stored value as the dialog shows it: 是/否 for yes-no columns, （空） for nothing, else as stored. */
    static String text(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return Messages.get("editConflict.empty");
        }
        if (value instanceof Boolean b) {
            return Messages.get(b ? "editConflict.yes" : "editConflict.no");
        }
        return String.valueOf(value);
    }
}
