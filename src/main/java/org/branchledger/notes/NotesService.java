package org.branchledger.notes;

import org.branchledger.branch.ReceivedData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.branchledger.core.db.Database;
import org.branchledger.roster.Member;
import org.branchledger.roster.MemberRepository;

/** Reading notes and essays: the yearly standing per member, the review queue, reviews and spot checks. */
public final class NotesService {
    /** Notes waiting longer than this many days for review are overdue (支部负责人每周批阅一次). */
    public static final int REVIEW_DAYS = 7;

    private final Database db;
    private final NotesRepository notes;
    private final MemberRepository members;

    public NotesService(Database db, NotesRepository notes, MemberRepository members) {
        this.db = db;
        this.notes = notes;
        this.members = members;
    }

    public List<ReadingNote> notes(long branchId, int year) {
        return notes.notes(db.dsl(), branchId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Adds a note or replaces the one with the same member, date, kind and title. */
    public ReadingNote save(ReadingNote note) {
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, note.branchId());
            return notes.save(tx, note);
        });
    }

    /**
     * Like {@link #save(ReadingNote)}, for a form that loaded the note as {@code loaded} (null: a new note): when
     * someone else changed the note since, nothing is saved.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed (decision 0025)
     */
    public ReadingNote save(ReadingNote loaded, ReadingNote note) {
        if (loaded == null) {
            return save(note);
        }
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, loaded.branchId());
            return notes.update(tx, loaded, note);
        });
    }

    /** Every current member's notes for the year, in roster order. */
    public List<MemberNotes> standings(long branchId, int year) {
        Map<Long, List<ReadingNote>> byMember = notes(branchId, year).stream()
                .collect(Collectors.groupingBy(ReadingNote::memberId));
        List<MemberNotes> out = new ArrayList<>();
        for (Member m : members.ofBranch(db.dsl(), branchId)) {
            if (!m.current()) {
                continue;
            }
            List<ReadingNote> own = byMember.getOrDefault(m.id(), List.of());
            int noteCount = (int) own.stream().filter(n -> n.kind() == NoteKind.NOTE).count();
            int essayCount = (int) own.stream().filter(n -> n.kind() == NoteKind.ESSAY).count();
            int waiting = (int) own.stream().filter(n -> !n.reviewed()).count();
            out.add(new MemberNotes(m, noteCount, essayCount, waiting,
                    EssayRule.judge(m.leadingCadre(), m.canWrite(), own)));
        }
        return out;
    }

    /** Notes not yet reviewed, oldest first; overdue when waiting more than {@link #REVIEW_DAYS} days. */
    public List<ReviewQueueEntry> reviewQueue(long branchId, LocalDate today) {
        Map<Long, String> names = members.ofBranch(db.dsl(), branchId).stream()
                .collect(Collectors.toMap(Member::id, Member::name));
        return notes.notes(db.dsl(), branchId, LocalDate.of(1900, 1, 1), today).stream()
                .filter(n -> !n.reviewed())
                .sorted(Comparator.comparing(ReadingNote::writtenOn).thenComparing(ReadingNote::id))
                .map(n -> {
                    long days = ChronoUnit.DAYS.between(n.writtenOn(), today);
                    return new ReviewQueueEntry(n, names.getOrDefault(n.memberId(), ""), days, days > REVIEW_DAYS);
                }).toList();
    }

    /** Records the review (批改) of a note. */
    public ReadingNote review(long noteId, String reviewer, LocalDate on, String comment, Grade grade) {
        return db.transaction(tx -> {
            ReadingNote n = notes.note(tx, noteId)
                    .orElseThrow(() -> new IllegalArgumentException("no note " + noteId));
            ReceivedData.refuseChanges(tx, n.branchId());
            return notes.save(tx, n.withReview(reviewer, on, comment, grade));
        });
    }

    /**
     * Like {@link #review(long, String, LocalDate, String, Grade)}, for the 批改 dialog opened on {@code loaded}:
     * when someone else changed the note since, nothing is saved.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed (decision 0025)
     */
    public ReadingNote review(ReadingNote loaded, String reviewer, LocalDate on, String comment, Grade grade) {
        return save(loaded, loaded.withReview(reviewer, on, comment, grade));
    }

    /**
     * A reproducible random sample of the year's notes: their ids ascending, shuffled by
     * {@code new Random(seed)}, the first {@code size} of them.
     */
    public List<ReadingNote> sample(long branchId, int year, long seed, int size) {
        Map<Long, ReadingNote> byId = notes(branchId, year).stream()
                .collect(Collectors.toMap(ReadingNote::id, Function.identity()));
        List<Long> ids = new ArrayList<>(byId.keySet());
        Collections.sort(ids);
        Collections.shuffle(ids, new Random(seed));
        return ids.subList(0, Math.min(Math.max(size, 0), ids.size())).stream().map(byId::get).toList();
    }

    /** The least and the greatest draw number: always six digits, short enough to read out and write down. */
    static final int FIRST_DRAW_NUMBER = 100_000;
    static final int LAST_DRAW_NUMBER = 999_999;

    /**
     * A fresh draw number (抽样号) for a new spot check. It is the seed itself, so the same number typed again
     * redraws the same sample; checks recorded before kept long seeds, and those still redraw from them.
     */
    public static long newSeed() {
        return FIRST_DRAW_NUMBER + new java.security.SecureRandom().nextInt(LAST_DRAW_NUMBER - FIRST_DRAW_NUMBER + 1);
    }

    /**
     * The draw number a person typed (spaces and full-width digits allowed), or null when it is not a whole
     * number: what redraws the sample of an earlier check.
     */
    public static Long drawNumber(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9' || c == '-' && digits.isEmpty()) {
                digits.append(c);
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                return null;
            }
        }
        try {
            return digits.isEmpty() ? null : Long.parseLong(digits.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Records a spot check of the sample drawn from the seed, with the checker's result per note. */
    public SpotCheck recordSpotCheck(long branchId, int year, LocalDate checkedOn, String checker, long seed,
                                     int size, Map<Long, String> results) {
        List<SpotCheck.Item> items = sample(branchId, year, seed, size).stream()
                .map(n -> new SpotCheck.Item(n.id(), results.get(n.id()))).toList();
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            return notes.insertSpotCheck(tx, new SpotCheck(null, branchId, checkedOn, checker, seed, size, items));
        });
    }

    public SpotCheck spotCheck(long id) {
        return notes.spotCheck(db.dsl(), id).orElseThrow(() -> new IllegalArgumentException("no spot check " + id));
    }

    /** The recorded check's sample drawn again from its seed, for reprinting. */
    public List<ReadingNote> reprint(long spotCheckId, int year) {
        SpotCheck c = spotCheck(spotCheckId);
        return sample(c.branchId(), year, c.seed(), c.sampleSize());
    }

    /** The latest spot-check result per note of the branch (抽查结果). */
    public Map<Long, String> spotResults(long branchId) {
        Map<Long, String> out = new HashMap<>();
        for (SpotCheck c : notes.spotChecks(db.dsl(), branchId)) {
            for (SpotCheck.Item i : c.items()) {
                out.put(i.noteId(), i.result() == null || i.result().isBlank() ? "已抽查" : i.result());
            }
        }
        return out;
    }

    /** One member's notes and essays of the year, by date. */
    public List<ReadingNote> notesOf(long branchId, long memberId, int year) {
        return notes(branchId, year).stream().filter(n -> n.memberId() == memberId).toList();
    }

    public List<Attachment> attachments(long noteId) {
        return notes.attachments(db.dsl(), noteId);
    }

    /**
     * Records a scanned page, {@code writePage} putting its bytes in place first, in the same transaction (handed
     * to it: on a server the bytes go into it): nothing that holds every write (a password step re-encrypting the
     * pages) runs between the two.
     */
    public Attachment addAttachment(long branchId, Attachment attachment,
                                    java.util.function.Consumer<org.jooq.DSLContext> writePage) {
        return db.transaction(tx -> {
            ReceivedData.refuseChanges(tx, branchId);
            writePage.accept(tx);
            return notes.insertAttachment(tx, branchId, attachment);
        });
    }
}
