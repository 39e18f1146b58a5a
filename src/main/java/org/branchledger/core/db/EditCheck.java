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

/**
 * Optimistic checking of an edit form's save, the same on H2 and PostgreSQL (decision 0025): the update is
 * {@code UPDATE … SET <the columns the user changed> WHERE <key> AND <each column IS NOT DISTINCT FROM the value
 * the form loaded>}. When it matches no row, someone else changed the record (or deleted it) since the form
 * loaded it: the row as it is now is read and a {@link RecordChangedException} names what they changed.
 * No version column: the loaded values are the version. For the repositories, which fill the records.
 */
public final class EditCheck {
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
        List<RecordChangedException.FieldChange> changes = new ArrayList<>();
        for (Field<?> f : compared) {
            if (!Objects.equals(loaded.get(f), now.get(f))) {
                String column = f.getName().toLowerCase(Locale.ROOT); // H2's names are upper case, the labels not
                changes.add(new RecordChangedException.FieldChange(labels.getOrDefault(column, column),
                        text(loaded.get(f)), text(now.get(f))));
            }
        }
        throw new RecordChangedException(changes, toDomain.apply(now));
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
