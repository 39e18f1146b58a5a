package org.branchledger.notes;

import static org.branchledger.jooq.Tables.NOTE_ATTACHMENT;
import static org.branchledger.jooq.Tables.READING_NOTE;
import static org.branchledger.jooq.Tables.SPOT_CHECK;
import static org.branchledger.jooq.Tables.SPOT_CHECK_ITEM;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchledger.core.db.EditCheck;
import org.branchledger.jooq.tables.records.ReadingNoteRecord;
import org.branchledger.jooq.tables.records.SpotCheckItemRecord;
import org.branchledger.jooq.tables.records.SpotCheckRecord;
import org.jooq.DSLContext;

/** Reading notes, essays, their reviews and spot checks. */
public final class NotesRepository {

    public List<ReadingNote> notes(DSLContext db, long branchId, LocalDate from, LocalDate to) {
        return db.selectFrom(READING_NOTE).where(READING_NOTE.BRANCH_ID.eq(branchId))
                .and(READING_NOTE.WRITTEN_ON.between(from, to)).orderBy(READING_NOTE.WRITTEN_ON, READING_NOTE.ID)
                .fetch(NotesRepository::toNote);
    }

    public Optional<ReadingNote> note(DSLContext db, long id) {
        return db.selectFrom(READING_NOTE).where(READING_NOTE.ID.eq(id)).fetchOptional(NotesRepository::toNote);
    }

    /** The note with the same member, date, kind and title: what an import matches on. */
    public Optional<ReadingNote> find(DSLContext db, long memberId, LocalDate on, NoteKind kind, String title) {
        return db.selectFrom(READING_NOTE).where(READING_NOTE.MEMBER_ID.eq(memberId))
                .and(READING_NOTE.WRITTEN_ON.eq(on)).and(READING_NOTE.KIND.eq(kind.label()))
                .and(READING_NOTE.TITLE.eq(title)).fetchOptional(NotesRepository::toNote);
    }

    /** Inserts or replaces (matched by member, date, kind and title); returns the note with its id. */
    public ReadingNote save(DSLContext db, ReadingNote n) {
        ReadingNoteRecord r = (n.id() != null ? db.fetchOptional(READING_NOTE, READING_NOTE.ID.eq(n.id()))
                : db.fetchOptional(READING_NOTE, READING_NOTE.MEMBER_ID.eq(n.memberId())
                        .and(READING_NOTE.WRITTEN_ON.eq(n.writtenOn())).and(READING_NOTE.KIND.eq(n.kind().label()))
                        .and(READING_NOTE.TITLE.eq(n.title())))).orElseGet(() -> db.newRecord(READING_NOTE));
        fill(r, n);
        if (r.changed()) {
            r.store();
        }
        return n.withId(r.getId());
    }

    /**
     * Writes what the user changed in a form that loaded {@code loaded}, only if nobody else changed the note
     * since ({@link EditCheck}).
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public ReadingNote update(DSLContext db, ReadingNote loaded, ReadingNote edited) {
        ReadingNoteRecord was = db.newRecord(READING_NOTE);
        fill(was, loaded);
        ReadingNoteRecord now = db.newRecord(READING_NOTE);
        fill(now, edited);
        EditCheck.update(db, READING_NOTE.ID.eq(loaded.id()), was, now, Map.of(), NotesAuditLabels.NOTE_COLUMNS,
                NotesRepository::toNote);
        return edited.withId(loaded.id());
    }

    private static void fill(ReadingNoteRecord r, ReadingNote n) {
        r.setBranchId(n.branchId());
        r.setMemberId(n.memberId());
        r.setWrittenOn(n.writtenOn());
        r.setKind(n.kind().label());
        r.setTitle(n.title());
        r.setWordCount(n.wordCount());
        r.setBody(n.body());
        r.setReviewer(n.reviewer());
        r.setReviewedOn(n.reviewedOn());
        r.setReviewComment(n.reviewComment());
        r.setGrade(n.grade() == null ? null : n.grade().label());
    }

    /** Inserts new notes in batches (for generated data); ids are not returned, read them back with {@link #notes}. */
    public void insertAll(DSLContext db, List<ReadingNote> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = db.insertInto(READING_NOTE, READING_NOTE.BRANCH_ID, READING_NOTE.MEMBER_ID,
                READING_NOTE.WRITTEN_ON, READING_NOTE.KIND, READING_NOTE.TITLE, READING_NOTE.WORD_COUNT,
                READING_NOTE.BODY, READING_NOTE.REVIEWER, READING_NOTE.REVIEWED_ON, READING_NOTE.REVIEW_COMMENT,
                READING_NOTE.GRADE).values(java.util.Collections.nCopies(11, (Object) null)).getSQL();
        db.connection(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
                int pending = 0;
                for (ReadingNote n : rows) {
                    ps.setLong(1, n.branchId());
                    ps.setLong(2, n.memberId());
                    ps.setObject(3, n.writtenOn());
                    ps.setString(4, n.kind().label());
                    ps.setString(5, n.title());
                    ps.setInt(6, n.wordCount());
                    ps.setString(7, n.body());
                    ps.setString(8, n.reviewer());
                    ps.setObject(9, n.reviewedOn());
                    ps.setString(10, n.reviewComment());
                    ps.setString(11, n.grade() == null ? null : n.grade().label());
                    ps.addBatch();
                    if (++pending == 500) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    public SpotCheck insertSpotCheck(DSLContext db, SpotCheck c) {
        SpotCheckRecord r = db.newRecord(SPOT_CHECK);
        r.setBranchId(c.branchId());
        r.setCheckedOn(c.checkedOn());
        r.setChecker(c.checker());
        r.setSeed(c.seed());
        r.setSampleSize(c.sampleSize());
        r.store();
        for (SpotCheck.Item item : c.items()) {
            SpotCheckItemRecord i = db.newRecord(SPOT_CHECK_ITEM);
            i.setBranchId(c.branchId());
            i.setSpotCheckId(r.getId());
            i.setNoteId(item.noteId());
            i.setResult(item.result());
            i.store();
        }
        return new SpotCheck(r.getId(), c.branchId(), c.checkedOn(), c.checker(), c.seed(), c.sampleSize(),
                c.items());
    }

    public Optional<SpotCheck> spotCheck(DSLContext db, long id) {
        return db.selectFrom(SPOT_CHECK).where(SPOT_CHECK.ID.eq(id)).fetchOptional()
                .map(r -> toSpotCheck(db, r));
    }

    public List<SpotCheck> spotChecks(DSLContext db, long branchId) {
        return db.selectFrom(SPOT_CHECK).where(SPOT_CHECK.BRANCH_ID.eq(branchId))
                .orderBy(SPOT_CHECK.CHECKED_ON, SPOT_CHECK.ID).fetch(r -> toSpotCheck(db, r));
    }

    private static SpotCheck toSpotCheck(DSLContext db, SpotCheckRecord r) {
        List<SpotCheck.Item> items = db.selectFrom(SPOT_CHECK_ITEM).where(SPOT_CHECK_ITEM.SPOT_CHECK_ID.eq(r.getId()))
                .orderBy(SPOT_CHECK_ITEM.ID).fetch(i -> new SpotCheck.Item(i.getNoteId(), i.getResult()));
        return new SpotCheck(r.getId(), r.getBranchId(), r.getCheckedOn(), r.getChecker(), r.getSeed(),
                r.getSampleSize(), items);
    }

    /** A note's scanned pages in the order they were added. */
    public List<Attachment> attachments(DSLContext db, long noteId) {
        return db.selectFrom(NOTE_ATTACHMENT).where(NOTE_ATTACHMENT.NOTE_ID.eq(noteId)).orderBy(NOTE_ATTACHMENT.ID)
                .fetch(r -> new Attachment(r.getId(), r.getNoteId(), r.getFileName(), r.getStoredPath()));
    }

    public Attachment insertAttachment(DSLContext db, long branchId, Attachment a) {
        var r = db.newRecord(NOTE_ATTACHMENT);
        r.setBranchId(branchId);
        r.setNoteId(a.noteId());
        r.setFileName(a.fileName());
        r.setStoredPath(a.storedPath());
        r.store();
        return new Attachment(r.getId(), a.noteId(), a.fileName(), a.storedPath());
    }

    private static ReadingNote toNote(ReadingNoteRecord r) {
        return new ReadingNote(r.getId(), r.getBranchId(), r.getMemberId(), r.getWrittenOn(),
                NoteKind.ofLabel(r.getKind()), r.getTitle(), r.getWordCount(), r.getBody(), r.getReviewer(),
                r.getReviewedOn(), r.getReviewComment(), Grade.ofLabel(r.getGrade()));
    }
}
