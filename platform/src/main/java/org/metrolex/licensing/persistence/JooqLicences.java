package org.metrolex.licensing.persistence;

import static org.metrolex.platform.jooq.Tables.LICENCE;
import static org.metrolex.platform.jooq.Tables.LICENCE_NUMBER_COUNTER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.licensing.domain.CommitmentCheck;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.PublicLicence;
import org.metrolex.platform.jooq.tables.records.LicenceRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Repository;

@Repository
class JooqLicences implements Licences {

    private final DSLContext dsl;
    private final Clock clock;

    JooqLicences(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Condition visible(DataScope scope) {
        if (scope.isOfficer()) {
            return scope.where(LICENCE.REGION_CODE, null, null);
        }
        return scope.where(LICENCE.REGION_CODE, LICENCE.HOLDER_ID, DataScope.PartyKind.ENTERPRISE)
                .and(LICENCE.HOLDER_KIND.eq(LicenceType.ApplicantKind.ENTERPRISE.name()))
                .or(scope.where(LICENCE.REGION_CODE, LICENCE.HOLDER_ID, DataScope.PartyKind.INSTITUTION)
                        .and(LICENCE.HOLDER_KIND.eq(LicenceType.ApplicantKind.INSTITUTION.name())));
    }

    @Override
    public long insert(Licence l) {
        return dsl.insertInto(LICENCE)
                .set(LICENCE.APPLICATION_ID, l.applicationId())
                .set(LICENCE.NUMBER, l.number())
                .set(LICENCE.LICENCE_TYPE, l.licenceType().name())
                .set(LICENCE.HOLDER_KIND, l.holderKind().name())
                .set(LICENCE.HOLDER_ID, l.holderId())
                .set(LICENCE.HOLDER_NAME, l.holderName())
                .set(LICENCE.REGION_CODE, l.regionCode())
                .set(LICENCE.SUBJECT, l.subject())
                .set(LICENCE.VALID_FROM, l.validFrom())
                .set(LICENCE.VALID_UNTIL, l.validUntil())
                .set(LICENCE.BY_COMMITMENT, l.byCommitment())
                .set(LICENCE.COMMITMENT_CHECK_DUE, l.commitmentCheckDue())
                .set(LICENCE.STATUS, "VALID")
                .set(LICENCE.DECIDED_BY, l.decidedBy())
                .set(LICENCE.CREATED_AT, now())
                .returning(LICENCE.ID).fetchOne().getId();
    }

    @Override
    public Optional<Licence> findByApplication(DataScope scope, long applicationId) {
        return dsl.selectFrom(LICENCE).where(LICENCE.APPLICATION_ID.eq(applicationId).and(visible(scope)))
                .fetchOptional(JooqLicences::toLicence);
    }

    @Override
    public List<Licence> findCommitmentChecksDue(DataScope scope, LocalDate by) {
        return dsl.selectFrom(LICENCE).where(visible(scope).and(LICENCE.STATUS.eq("VALID"))
                        .and(LICENCE.COMMITMENT_CHECK_DUE.isNotNull()).and(LICENCE.COMMITMENT_CHECK_RESULT.isNull())
                        .and(LICENCE.COMMITMENT_CHECK_DUE.le(by)))
                .orderBy(LICENCE.COMMITMENT_CHECK_DUE).fetch(JooqLicences::toLicence);
    }

    @Override
    public void revoke(long id, String reason) {
        dsl.update(LICENCE).set(LICENCE.STATUS, "REVOKED").set(LICENCE.REVOKED_REASON, reason)
                .where(LICENCE.ID.eq(id)).execute();
    }

    @Override
    public void commitmentChecked(long id, String result, LocalDate on, String by, String note) {
        dsl.update(LICENCE).set(LICENCE.COMMITMENT_CHECK_RESULT, result).set(LICENCE.COMMITMENT_CHECKED_ON, on)
                .set(LICENCE.COMMITMENT_CHECKED_BY, by).set(LICENCE.COMMITMENT_CHECK_NOTE, note == null ? "" : note)
                .where(LICENCE.ID.eq(id)).execute();
    }

    @Override
    public List<CommitmentCheck> findCommitmentChecks(DataScope scope, boolean includeDone) {
        Condition where = scope.isOfficer() ? visible(scope) : DSL.falseCondition();
        where = where.and(LICENCE.COMMITMENT_CHECK_DUE.isNotNull());
        if (!includeDone) {
            where = where.and(LICENCE.COMMITMENT_CHECK_RESULT.isNull()).and(LICENCE.STATUS.eq("VALID"));
        }
        return dsl.selectFrom(LICENCE).where(where).orderBy(LICENCE.COMMITMENT_CHECK_DUE, LICENCE.ID).limit(1000)
                .fetch(r -> new CommitmentCheck(r.getId(), r.getApplicationId(), r.getNumber(), LicenceType.valueOf(r.getLicenceType()),
                        r.getHolderName(), r.getRegionCode(), r.getSubject(), r.getValidFrom(), r.getCommitmentCheckDue(),
                        r.getCommitmentCheckOverdueOn(), r.getCommitmentCheckResult(), r.getCommitmentCheckedOn(),
                        r.getCommitmentCheckedBy(), r.getCommitmentCheckNote()));
    }

    @Override
    public List<CommitmentCheck> findAllOpenCommitmentChecks(DataScope scope) {
        return dsl.selectFrom(LICENCE).where(visible(scope)).and(LICENCE.COMMITMENT_CHECK_DUE.isNotNull().and(LICENCE.COMMITMENT_CHECK_RESULT.isNull())
                        .and(LICENCE.STATUS.eq("VALID"))).orderBy(LICENCE.ID)
                .fetch(r -> new CommitmentCheck(r.getId(), r.getApplicationId(), r.getNumber(), LicenceType.valueOf(r.getLicenceType()),
                        r.getHolderName(), r.getRegionCode(), r.getSubject(), r.getValidFrom(), r.getCommitmentCheckDue(),
                        r.getCommitmentCheckOverdueOn(), r.getCommitmentCheckResult(), r.getCommitmentCheckedOn(),
                        r.getCommitmentCheckedBy(), r.getCommitmentCheckNote()));
    }

    @Override
    public void moveCommitmentCheckDue(long id, LocalDate due, LocalDate today) {
        dsl.update(LICENCE).set(LICENCE.COMMITMENT_CHECK_DUE, due)
                .set(LICENCE.COMMITMENT_CHECK_OVERDUE_ON, due.isBefore(today) ? LICENCE.COMMITMENT_CHECK_OVERDUE_ON
                        : DSL.val((LocalDate) null, LICENCE.COMMITMENT_CHECK_OVERDUE_ON))
                .where(LICENCE.ID.eq(id)).execute();
    }

    @Override
    public List<Long> flagOverdueCommitmentChecks(LocalDate today) {
        return dsl.update(LICENCE).set(LICENCE.COMMITMENT_CHECK_OVERDUE_ON, today)
                .where(LICENCE.STATUS.eq("VALID").and(LICENCE.COMMITMENT_CHECK_DUE.lt(today))
                        .and(LICENCE.COMMITMENT_CHECK_RESULT.isNull()).and(LICENCE.COMMITMENT_CHECK_OVERDUE_ON.isNull()))
                .returning(LICENCE.ID).fetch(LICENCE.ID);
    }

    @Override
    public int nextSerial(String prefix, int year) {
        return dsl.insertInto(LICENCE_NUMBER_COUNTER)
                .set(LICENCE_NUMBER_COUNTER.PREFIX, prefix)
                .set(LICENCE_NUMBER_COUNTER.YEAR, year)
                .set(LICENCE_NUMBER_COUNTER.LAST, 1)
                .onConflict(LICENCE_NUMBER_COUNTER.PREFIX, LICENCE_NUMBER_COUNTER.YEAR)
                .doUpdate().set(LICENCE_NUMBER_COUNTER.LAST, LICENCE_NUMBER_COUNTER.LAST.plus(1))
                .returning(LICENCE_NUMBER_COUNTER.LAST).fetchOne().getLast();
    }

    @Override
    public ResultPage<PublicLicence> publicRegister(String keyword, LicenceType type, int page, int size) {
        Condition where = DSL.trueCondition();
        if (keyword != null && !keyword.isBlank()) {
            String like = "%" + keyword.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(LICENCE.HOLDER_NAME.like(like).or(LICENCE.NUMBER.like(like)));
        }
        if (type != null) {
            where = where.and(LICENCE.LICENCE_TYPE.eq(type.name()));
        }
        long total = dsl.fetchCount(LICENCE, where);
        var items = dsl.select(LICENCE.LICENCE_TYPE, LICENCE.HOLDER_NAME, LICENCE.NUMBER, LICENCE.SUBJECT, LICENCE.VALID_FROM,
                        LICENCE.VALID_UNTIL, LICENCE.STATUS, LICENCE.BY_COMMITMENT)
                .from(LICENCE).where(where).orderBy(LICENCE.VALID_FROM.desc(), LICENCE.ID.desc())
                .offset((page - 1) * size).limit(size)
                .fetch(r -> new PublicLicence(LicenceType.valueOf(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), "VALID".equals(r.value7()), r.value8()));
        return new ResultPage<>(items, total, page, size);
    }

    private static Licence toLicence(LicenceRecord r) {
        return new Licence(r.getId(), r.getApplicationId(), r.getNumber(), LicenceType.valueOf(r.getLicenceType()),
                LicenceType.ApplicantKind.valueOf(r.getHolderKind()), r.getHolderId(), r.getHolderName(), r.getRegionCode(),
                r.getSubject(), r.getValidFrom(), r.getValidUntil(), r.getByCommitment(), r.getCommitmentCheckDue(),
                "VALID".equals(r.getStatus()), r.getRevokedReason(), r.getDecidedBy());
    }
}
