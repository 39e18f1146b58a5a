package org.branchledger.roster;

import static org.branchledger.jooq.Tables.MEMBER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.branchledger.core.db.EditCheck;
import org.branchledger.core.dates.PartialDate;
import org.branchledger.jooq.tables.records.MemberRecord;
import org.jooq.DSLContext;

/** Members in the database. */
public final class MemberRepository {

    public List<Member> ofBranch(DSLContext db, long branchId) {
        return db.selectFrom(MEMBER).where(MEMBER.BRANCH_ID.eq(branchId)).orderBy(MEMBER.ID)
                .fetch(MemberRepository::toMember);
    }

    public java.util.Optional<Member> byIdNumber(DSLContext db, long branchId, String idNumber) {
        return db.selectFrom(MEMBER).where(MEMBER.BRANCH_ID.eq(branchId).and(MEMBER.ID_NUMBER.eq(idNumber)))
                .fetchOptional(MemberRepository::toMember);
    }

    public Member insert(DSLContext db, Member m) {
        MemberRecord r = db.newRecord(MEMBER);
        fill(r, m);
        r.store();
        return m.withId(r.getId());
    }

    /** Inserts many members at once: imports of thousands of rows. */
    public void insertAll(DSLContext db, List<Member> newMembers) {
        if (newMembers.isEmpty()) {
            return;
        }
        // The statement is rendered once by jOOQ and run as one JDBC batch: jOOQ's own batch binding
        // cost about 0.1 ms a row, as much as H2 needs for the insert and its audit row together.
        MemberRecord template = db.newRecord(MEMBER);
        fill(template, newMembers.get(0));
        List<org.jooq.Field<?>> fields = java.util.Arrays.stream(template.fields()).filter(template::changed)
                .collect(java.util.stream.Collectors.toList());
        String sql = db.insertInto(MEMBER).columns(fields)
                .values(java.util.Collections.nCopies(fields.size(), (Object) null)).getSQL();
        db.connection(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement(sql)) {
                MemberRecord r = db.newRecord(MEMBER);
                for (Member m : newMembers) {
                    fill(r, m);
                    for (int i = 0; i < fields.size(); i++) {
                        ps.setObject(i + 1, r.get(fields.get(i)));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Writes a member's fields; {@code at} becomes its updated_at when anything changed. */
    public void update(DSLContext db, Member m, LocalDateTime at) {
        MemberRecord r = db.fetchSingle(MEMBER, MEMBER.ID.eq(m.id()));
        fill(r, m);
        if (r.changed()) {
            r.setUpdatedAt(at);
            r.store();
        }
    }

    /**
     * Writes what the user changed in a form that loaded {@code loaded}, only if nobody else changed the member
     * since ({@link EditCheck}); {@code at} becomes its updated_at when anything is written.
     *
     * @throws org.branchledger.core.db.RecordChangedException naming what the other person changed
     */
    public void update(DSLContext db, Member loaded, Member edited, LocalDateTime at) {
        MemberRecord was = db.newRecord(MEMBER);
        fill(was, loaded);
        MemberRecord now = db.newRecord(MEMBER);
        fill(now, edited);
        EditCheck.update(db, MEMBER.ID.eq(loaded.id()), was, now, Map.of(MEMBER.UPDATED_AT, at), MemberColumns.LABELS,
                MemberRepository::toMember);
    }

    private static void fill(MemberRecord r, Member m) {
        r.setBranchId(m.branchId());
        r.setName(m.name());
        r.setIdNumber(m.idNumber());
        r.setGender(m.gender());
        r.setEthnicity(m.ethnicity());
        r.setBirthDate(iso(m.birthDate()));
        r.setEducation(m.education());
        r.setCategory(m.category());
        r.setJoinedOn(iso(m.joinedOn()));
        r.setFullMemberOn(iso(m.fullMemberOn()));
        r.setJob(m.job());
        r.setMobile(m.mobile());
        r.setLandline(m.landline());
        r.setAddress(m.address());
        r.setPartyStatus(m.partyStatus());
        r.setLostContact(m.lostContact());
        r.setLostContactOn(iso(m.lostContactOn()));
        r.setFloating(m.floating());
        r.setFloatingTo(m.floatingTo());
        r.setRemark(m.remark());
        r.setMemberType(m.type().label());
        r.setLeadingCadre(m.leadingCadre());
        r.setCommitteePost(m.committeePost());
        r.setCanWrite(m.canWrite());
        r.setLeftReason(m.leftReason());
        r.setLeftOn(iso(m.leftOn()));
    }

    private static Member toMember(MemberRecord r) {
        return new Member(r.getId(), r.getBranchId(), r.getName(), r.getIdNumber(), r.getGender(),
                r.getEthnicity(), date(r.getBirthDate()), r.getEducation(), r.getCategory(),
                date(r.getJoinedOn()), date(r.getFullMemberOn()), r.getJob(), r.getMobile(), r.getLandline(),
                r.getAddress(), r.getPartyStatus(), r.getLostContact(), date(r.getLostContactOn()),
                r.getFloating(), r.getFloatingTo(), r.getRemark(), MemberType.ofLabel(r.getMemberType()),
                r.getLeadingCadre(), r.getCommitteePost(), r.getCanWrite(), r.getLeftReason(),
                date(r.getLeftOn()));
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.iso();
    }

    private static PartialDate date(String iso) {
        return iso == null ? null : PartialDate.ofIso(iso);
    }
}
