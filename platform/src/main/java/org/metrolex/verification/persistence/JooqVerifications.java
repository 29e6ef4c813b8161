package org.metrolex.verification.persistence;

import static org.metrolex.platform.jooq.Tables.CERTIFICATE;
import static org.metrolex.platform.jooq.Tables.CERTIFICATE_SEQUENCE;
import static org.metrolex.platform.jooq.Tables.ENTERPRISE;
import static org.metrolex.platform.jooq.Tables.INSTITUTION;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT_CATEGORY;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT_DUE;
import static org.metrolex.platform.jooq.Tables.OVERDUE_NOTICE;
import static org.metrolex.platform.jooq.Tables.VERIFICATION;
import static org.metrolex.platform.jooq.Tables.VERIFICATION_STANDARD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.metrolex.platform.jooq.tables.records.CertificateRecord;
import org.metrolex.platform.jooq.tables.records.VerificationRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.SignedDocument;
import org.metrolex.verification.Verification;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.VerificationStatus;
import org.springframework.stereotype.Repository;

@Repository
class JooqVerifications implements Verifications {

    private final DSLContext dsl;
    private final Clock clock;

    JooqVerifications(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Officers by region; the owner enterprise its own; institution staff what is assigned to their institution. */
    private static Condition visible(DataScope scope) {
        return scope.where(VERIFICATION.REGION_CODE, VERIFICATION.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE)
                .or(scope.where(VERIFICATION.REGION_CODE, VERIFICATION.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION));
    }

    @Override
    public ResultPage<Verification> search(DataScope scope, String status, int page, int size) {
        Condition where = visible(scope);
        if (status != null && !status.isBlank()) {
            where = where.and(VERIFICATION.STATUS.eq(status.strip().toUpperCase()));
        }
        long total = dsl.fetchCount(VERIFICATION, where);
        List<Verification> items = dsl.selectFrom(VERIFICATION).where(where).orderBy(VERIFICATION.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(this::toVerification);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public ResultPage<Listed> searchListed(DataScope scope, String status, int page, int size) {
        Condition where = visible(scope);
        if (status != null && !status.isBlank()) {
            where = where.and(VERIFICATION.STATUS.eq(status.strip().toUpperCase()));
        }
        long total = dsl.fetchCount(VERIFICATION, where);
        // Read-only joins to the instrument, party and certificate tables for the names (as publicByNumber does).
        List<Listed> items = dsl.select(VERIFICATION.fields()).select(INSTRUMENT_CATEGORY.NAME_ZH, INSTRUMENT_CATEGORY.NAME_EN,
                        INSTRUMENT.SERIAL_NUMBER, ENTERPRISE.NAME, INSTITUTION.NAME, CERTIFICATE.NUMBER)
                .from(VERIFICATION)
                .join(INSTRUMENT).on(INSTRUMENT.ID.eq(VERIFICATION.INSTRUMENT_ID))
                .join(INSTRUMENT_CATEGORY).on(INSTRUMENT_CATEGORY.CODE.eq(INSTRUMENT.CATEGORY_CODE))
                .leftJoin(ENTERPRISE).on(ENTERPRISE.ID.eq(VERIFICATION.OWNER_ENTERPRISE_ID))
                .leftJoin(INSTITUTION).on(INSTITUTION.ID.eq(VERIFICATION.INSTITUTION_ID))
                .leftJoin(CERTIFICATE).on(CERTIFICATE.VERIFICATION_ID.eq(VERIFICATION.ID))
                .where(where).orderBy(VERIFICATION.ID.desc()).offset((page - 1) * size).limit(size)
                .fetch(r -> new Listed(toVerification(r.into(VERIFICATION)), r.get(INSTRUMENT_CATEGORY.NAME_ZH), r.get(INSTRUMENT_CATEGORY.NAME_EN),
                        r.get(INSTRUMENT.SERIAL_NUMBER), r.get(ENTERPRISE.NAME), r.get(INSTITUTION.NAME), r.get(CERTIFICATE.NUMBER)));
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public Optional<Verification> find(DataScope scope, long id) {
        return dsl.selectFrom(VERIFICATION).where(VERIFICATION.ID.eq(id).and(visible(scope))).fetchOptional(this::toVerification);
    }

    @Override
    public Optional<Certificate> certificateOf(DataScope scope, long verificationId) {
        return dsl.select(CERTIFICATE.fields()).from(CERTIFICATE).join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID))
                .where(CERTIFICATE.VERIFICATION_ID.eq(verificationId).and(visible(scope)))
                .fetchOptional(r -> toCertificate(r.into(CERTIFICATE)));
    }

    @Override
    public List<org.metrolex.verification.ValidCertificate> findValidCertificates(DataScope scope, java.util.Collection<Long> institutions) {
        Condition where = visible(scope).and(CERTIFICATE.STATUS.eq("VALID")).and(CERTIFICATE.KIND.eq("CERTIFICATE"));
        if (!institutions.isEmpty()) {
            where = where.and(CERTIFICATE.INSTITUTION_ID.in(institutions));
        }
        return dsl.select(CERTIFICATE.ID, CERTIFICATE.NUMBER, CERTIFICATE.INSTITUTION_ID, VERIFICATION.REGION_CODE).from(CERTIFICATE)
                .join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID)).where(where).orderBy(CERTIFICATE.ID)
                .fetch(r -> new org.metrolex.verification.ValidCertificate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public Optional<Certificate> findCertificate(DataScope scope, long certificateId) {
        return dsl.select(CERTIFICATE.fields()).from(CERTIFICATE).join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID))
                .where(CERTIFICATE.ID.eq(certificateId).and(visible(scope)))
                .fetchOptional(r -> toCertificate(r.into(CERTIFICATE)));
    }

    @Override
    public long insert(long instrumentId, long ownerEnterpriseId, String regionCode) {
        return dsl.insertInto(VERIFICATION).set(VERIFICATION.INSTRUMENT_ID, instrumentId)
                .set(VERIFICATION.OWNER_ENTERPRISE_ID, ownerEnterpriseId).set(VERIFICATION.REGION_CODE, regionCode)
                .set(VERIFICATION.STATUS, VerificationStatus.BOOKED.name())
                .set(VERIFICATION.BOOKED_AT, now()).set(VERIFICATION.UPDATED_AT, now())
                .returningResult(VERIFICATION.ID).fetchOne().value1();
    }

    @Override
    public void assign(long id, long institutionId) {
        dsl.update(VERIFICATION).set(VERIFICATION.INSTITUTION_ID, institutionId)
                .set(VERIFICATION.STATUS, VerificationStatus.ASSIGNED.name()).set(VERIFICATION.VERSION, VERIFICATION.VERSION.plus(1))
                .set(VERIFICATION.UPDATED_AT, now()).where(VERIFICATION.ID.eq(id)).execute();
    }

    @Override
    public void record(long id, LocalDate verificationDate, long verifierPersonId, List<Long> standardIds, String readingsJson,
                       boolean conforming, boolean anyUnverified, String editions, BigDecimal feeYuan, boolean feeWaived,
                       long ruleBookRevision, String standInEditions) {
        dsl.update(VERIFICATION).set(VERIFICATION.VERIFICATION_DATE, verificationDate)
                .set(VERIFICATION.RULE_BOOK_REVISION, ruleBookRevision).set(VERIFICATION.STAND_IN_EDITIONS, standInEditions)
                .set(VERIFICATION.VERIFIER_PERSON_ID, verifierPersonId).set(VERIFICATION.READINGS_JSON, JSON.valueOf(readingsJson))
                .set(VERIFICATION.CONFORMING, conforming).set(VERIFICATION.ANY_UNVERIFIED, anyUnverified)
                .set(VERIFICATION.EDITIONS, editions).set(VERIFICATION.FEE_YUAN, feeYuan).set(VERIFICATION.FEE_WAIVED, feeWaived)
                .set(VERIFICATION.STATUS, VerificationStatus.RECORDED.name()).set(VERIFICATION.VERSION, VERIFICATION.VERSION.plus(1))
                // corrected readings withdraw the signatures given to the previous ones (ADR 0020)
                .setNull(VERIFICATION.CHECKER_PERSON_ID).setNull(VERIFICATION.CHECKED_AT).setNull(VERIFICATION.CHECKED_BY)
                .setNull(VERIFICATION.APPROVER_PERSON_ID).setNull(VERIFICATION.APPROVED_AT).setNull(VERIFICATION.APPROVED_BY)
                .set(VERIFICATION.UPDATED_AT, now()).where(VERIFICATION.ID.eq(id)).execute();
        dsl.deleteFrom(VERIFICATION_STANDARD).where(VERIFICATION_STANDARD.VERIFICATION_ID.eq(id)).execute();
        for (Long s : standardIds) {
            dsl.insertInto(VERIFICATION_STANDARD).set(VERIFICATION_STANDARD.VERIFICATION_ID, id)
                    .set(VERIFICATION_STANDARD.STANDARD_ID, s).execute();
        }
    }

    @Override
    public void check(long id, long checkerPersonId, java.time.OffsetDateTime at, String by) {
        dsl.update(VERIFICATION).set(VERIFICATION.CHECKER_PERSON_ID, checkerPersonId).set(VERIFICATION.CHECKED_AT, at)
                .set(VERIFICATION.CHECKED_BY, by).set(VERIFICATION.STATUS, VerificationStatus.CHECKED.name())
                .set(VERIFICATION.VERSION, VERIFICATION.VERSION.plus(1)).set(VERIFICATION.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(VERIFICATION.ID.eq(id)).execute();
    }

    @Override
    public void approve(long id, long approverPersonId, java.time.OffsetDateTime at, String by) {
        dsl.update(VERIFICATION).set(VERIFICATION.APPROVER_PERSON_ID, approverPersonId).set(VERIFICATION.APPROVED_AT, at)
                .set(VERIFICATION.APPROVED_BY, by).set(VERIFICATION.STATUS, VerificationStatus.APPROVED.name())
                .set(VERIFICATION.VERSION, VERIFICATION.VERSION.plus(1)).set(VERIFICATION.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(VERIFICATION.ID.eq(id)).execute();
    }

    @Override
    public void setStatus(long id, VerificationStatus status) {
        dsl.update(VERIFICATION).set(VERIFICATION.STATUS, status.name()).set(VERIFICATION.VERSION, VERIFICATION.VERSION.plus(1))
                .set(VERIFICATION.UPDATED_AT, now()).where(VERIFICATION.ID.eq(id)).execute();
    }

    @Override
    public long nextCertificateSequence(long institutionId, int year) {
        return dsl.insertInto(CERTIFICATE_SEQUENCE).set(CERTIFICATE_SEQUENCE.INSTITUTION_ID, institutionId)
                .set(CERTIFICATE_SEQUENCE.YEAR, year).set(CERTIFICATE_SEQUENCE.LAST_VALUE, 1L)
                .onConflict(CERTIFICATE_SEQUENCE.INSTITUTION_ID, CERTIFICATE_SEQUENCE.YEAR).doUpdate()
                .set(CERTIFICATE_SEQUENCE.LAST_VALUE, CERTIFICATE_SEQUENCE.LAST_VALUE.plus(1))
                .returningResult(CERTIFICATE_SEQUENCE.LAST_VALUE).fetchOne().value1();
    }

    @Override
    public long nextCertificateId() {
        return dsl.select(DSL.field("nextval(pg_get_serial_sequence('certificate', 'id'))", Long.class)).fetchOne().value1();
    }

    @Override
    public void insertCertificate(long certificateId, long verificationId, String number, long institutionId, CertificateKind kind,
                                  LocalDate validUntil, LocalDate nextDue) {
        dsl.insertInto(CERTIFICATE).set(CERTIFICATE.ID, certificateId).set(CERTIFICATE.VERIFICATION_ID, verificationId)
                .set(CERTIFICATE.NUMBER, number).set(CERTIFICATE.INSTITUTION_ID, institutionId).set(CERTIFICATE.KIND, kind.name())
                .set(CERTIFICATE.VALID_UNTIL, validUntil).set(CERTIFICATE.NEXT_DUE, nextDue).set(CERTIFICATE.ISSUED_AT, now()).execute();
    }

    @Override
    public void revokeCertificate(long certificateId, String reason) {
        dsl.update(CERTIFICATE).set(CERTIFICATE.STATUS, "REVOKED").set(CERTIFICATE.REVOKED_REASON, reason)
                .set(CERTIFICATE.REVOKED_AT, now()).where(CERTIFICATE.ID.eq(certificateId)).execute();
    }

    @Override
    public void storeDocument(long certificateId, SignedDocument d) {
        dsl.update(CERTIFICATE).set(CERTIFICATE.DOCUMENT_XML, d.xml()).set(CERTIFICATE.SIGNATURE, d.signature())
                .set(CERTIFICATE.SIGNATURE_ALGORITHM, d.algorithm()).set(CERTIFICATE.SIGNING_KEY_ID, d.keyId())
                .set(CERTIFICATE.PUBLIC_KEY, d.publicKey()).where(CERTIFICATE.ID.eq(certificateId)).execute();
    }

    @Override
    public boolean storeDocumentIfAbsent(long certificateId, SignedDocument d) {
        return dsl.update(CERTIFICATE).set(CERTIFICATE.DOCUMENT_XML, d.xml()).set(CERTIFICATE.SIGNATURE, d.signature())
                .set(CERTIFICATE.SIGNATURE_ALGORITHM, d.algorithm()).set(CERTIFICATE.SIGNING_KEY_ID, d.keyId())
                .set(CERTIFICATE.PUBLIC_KEY, d.publicKey())
                .where(CERTIFICATE.ID.eq(certificateId).and(CERTIFICATE.DOCUMENT_XML.isNull())).execute() == 1;
    }

    @Override
    public Optional<SignedDocument> documentOf(DataScope scope, long certificateId) {
        return dsl.select(CERTIFICATE.NUMBER, CERTIFICATE.DOCUMENT_XML, CERTIFICATE.SIGNATURE, CERTIFICATE.SIGNATURE_ALGORITHM,
                        CERTIFICATE.SIGNING_KEY_ID, CERTIFICATE.PUBLIC_KEY)
                .from(CERTIFICATE).join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID))
                .where(CERTIFICATE.ID.eq(certificateId).and(visible(scope)).and(CERTIFICATE.DOCUMENT_XML.isNotNull()))
                .fetchOptional(r -> new SignedDocument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    @Override
    public Optional<PublicFacts> publicByNumber(String number) {
        // One round trip (was six: certificate, verification, its standards, instrument, category, owner). Read-only
        // joins to the instrument and party tables, as IngestFactReader does; only public columns are selected.
        return dsl.select(CERTIFICATE.NUMBER, CERTIFICATE.KIND, CERTIFICATE.STATUS, CERTIFICATE.ISSUED_AT, CERTIFICATE.VALID_UNTIL,
                        CERTIFICATE.NEXT_DUE, CERTIFICATE.REVOKED_REASON, INSTRUMENT_CATEGORY.NAME_ZH, INSTRUMENT_CATEGORY.NAME_EN,
                        ENTERPRISE.NAME)
                .from(CERTIFICATE)
                .join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID))
                .join(INSTRUMENT).on(INSTRUMENT.ID.eq(VERIFICATION.INSTRUMENT_ID))
                .join(INSTRUMENT_CATEGORY).on(INSTRUMENT_CATEGORY.CODE.eq(INSTRUMENT.CATEGORY_CODE))
                .leftJoin(ENTERPRISE).on(ENTERPRISE.ID.eq(VERIFICATION.OWNER_ENTERPRISE_ID))
                .where(CERTIFICATE.NUMBER.eq(number))
                .fetchOptional(r -> new PublicFacts(r.value1(), CertificateKind.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    @Override
    public List<StandingRow> findStandings(DataScope scope, java.util.Collection<Long> instrumentIds) {
        if (instrumentIds.isEmpty()) {
            return List.of();
        }
        return standing(INSTRUMENT.ID.in(instrumentIds).and(scope.where(INSTRUMENT.REGION_CODE, INSTRUMENT.OWNER_ENTERPRISE_ID,
                DataScope.PartyKind.ENTERPRISE))).fetch(JooqVerifications::toStanding);
    }

    @Override
    public Optional<StandingRow> publicStandingOf(long instrumentId) {
        return standing(INSTRUMENT.ID.eq(instrumentId)).fetchOptional(JooqVerifications::toStanding);
    }

    /** Read-only joins from the instrument to its row of the read model, the certificate, its verification and the notice. */
    private org.jooq.SelectConditionStep<org.jooq.Record10<Long, Long, LocalDate, String, String, java.time.OffsetDateTime, LocalDate,
            LocalDate, java.time.OffsetDateTime, java.time.OffsetDateTime>> standing(Condition where) {
        return dsl.select(INSTRUMENT.ID, VERIFICATION.ID, VERIFICATION.VERIFICATION_DATE, CERTIFICATE.NUMBER, CERTIFICATE.KIND,
                        CERTIFICATE.ISSUED_AT, CERTIFICATE.VALID_UNTIL, CERTIFICATE.NEXT_DUE, OVERDUE_NOTICE.NOTICED_AT, OVERDUE_NOTICE.READ_AT)
                .from(INSTRUMENT)
                .leftJoin(INSTRUMENT_DUE).on(INSTRUMENT_DUE.INSTRUMENT_ID.eq(INSTRUMENT.ID))
                .leftJoin(CERTIFICATE).on(CERTIFICATE.ID.eq(INSTRUMENT_DUE.CERTIFICATE_ID))
                .leftJoin(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID))
                .leftJoin(OVERDUE_NOTICE).on(OVERDUE_NOTICE.INSTRUMENT_ID.eq(INSTRUMENT.ID)
                        .and(OVERDUE_NOTICE.DUE_DATE.eq(INSTRUMENT_DUE.NEXT_DUE)))
                .where(where);
    }

    private static StandingRow toStanding(org.jooq.Record10<Long, Long, LocalDate, String, String, java.time.OffsetDateTime, LocalDate,
            LocalDate, java.time.OffsetDateTime, java.time.OffsetDateTime> r) {
        return new StandingRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() == null ? null : CertificateKind.valueOf(r.value5()),
                r.value6(), r.value7(), r.value8(), r.value9(), r.value10());
    }

    @Override
    public Optional<String> publicKeyOf(String number) {
        return dsl.select(CERTIFICATE.PUBLIC_KEY).from(CERTIFICATE).where(CERTIFICATE.NUMBER.eq(number)
                .and(CERTIFICATE.PUBLIC_KEY.isNotNull())).fetchOptional(CERTIFICATE.PUBLIC_KEY);
    }

    @Override
    public ResultPage<OverdueInstrument> overdue(DataScope scope, LocalDate today, int page, int size) {
        Condition where = OverdueRows.visible(scope, today);
        long total = dsl.fetchCount(INSTRUMENT_DUE, where);
        List<OverdueInstrument> items = OverdueRows.select(dsl, where).orderBy(INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.INSTRUMENT_ID)
                .offset((page - 1) * size).limit(size).fetch(r -> OverdueRows.toOverdue(r, clock));
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public List<OverdueInstrument> overdueAfter(DataScope scope, LocalDate today, LocalDate afterDue, long afterInstrument, int size) {
        Condition where = OverdueRows.visible(scope, today)
                .and(DSL.row(INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.INSTRUMENT_ID).gt(afterDue, afterInstrument));
        return OverdueRows.select(dsl, where).orderBy(INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.INSTRUMENT_ID).limit(size)
                .fetch(r -> OverdueRows.toOverdue(r, clock));
    }

    @Override
    public Map<String, Long> countOverdueByRegion(DataScope scope, LocalDate today) {
        Field<Integer> n = DSL.count();
        return dsl.select(INSTRUMENT_DUE.REGION_CODE, n).from(INSTRUMENT_DUE).where(OverdueRows.visible(scope, today))
                .groupBy(INSTRUMENT_DUE.REGION_CODE)
                .fetchMap(INSTRUMENT_DUE.REGION_CODE, r -> r.get(n).longValue());
    }

    @Override
    public List<OverdueInstrument> overdueOfEnterprise(DataScope scope, LocalDate today, long enterpriseId) {
        Condition where = OverdueRows.visible(scope, today).and(INSTRUMENT_DUE.OWNER_ENTERPRISE_ID.eq(enterpriseId));
        return OverdueRows.select(dsl, where).orderBy(INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.INSTRUMENT_ID).fetch(r -> OverdueRows.toOverdue(r, clock));
    }

    @Override
    public List<org.metrolex.verification.InstrumentOverdue> recordOverdueNotices(LocalDate today) {
        // one statement: the rows the insert added (RETURNING) joined to the owner and region they were noticed under
        var added = dsl.insertInto(OVERDUE_NOTICE, OVERDUE_NOTICE.INSTRUMENT_ID, OVERDUE_NOTICE.DUE_DATE, OVERDUE_NOTICE.NOTICED_AT)
                .select(dsl.select(INSTRUMENT_DUE.INSTRUMENT_ID, INSTRUMENT_DUE.NEXT_DUE, DSL.val(now())).from(INSTRUMENT_DUE)
                        .where(OverdueRows.on(today)))
                .onConflictDoNothing().returning(OVERDUE_NOTICE.INSTRUMENT_ID, OVERDUE_NOTICE.DUE_DATE);
        return dsl.resultQuery("with added as ({0}) select a.instrument_id, a.due_date, d.owner_enterprise_id, d.region_code"
                        + " from added a join instrument_due d on d.instrument_id = a.instrument_id order by a.instrument_id", added)
                .fetch(r -> new org.metrolex.verification.InstrumentOverdue(r.get(0, Long.class), r.get(1, LocalDate.class),
                        r.get(2, Long.class), r.get(3, String.class)));
    }

    @Override
    public void redecide(long id, boolean conforming, boolean anyUnverified, String editions, long ruleBookRevision,
                         String standInEditions) {
        dsl.update(VERIFICATION).set(VERIFICATION.CONFORMING, conforming).set(VERIFICATION.ANY_UNVERIFIED, anyUnverified)
                .set(VERIFICATION.EDITIONS, editions).set(VERIFICATION.RULE_BOOK_REVISION, ruleBookRevision)
                .set(VERIFICATION.STAND_IN_EDITIONS, standInEditions).set(VERIFICATION.VERSION, VERIFICATION.VERSION.plus(1))
                .set(VERIFICATION.UPDATED_AT, DSL.currentOffsetDateTime()).where(VERIFICATION.ID.eq(id)).execute();
    }

    @Override
    public long countDecidedWithStandIn(DataScope scope, String standInKey, LocalDate from, LocalDate until) {
        Condition where = VERIFICATION.STAND_IN_EDITIONS.isNotNull()
                .and(DSL.condition("{0} = any(string_to_array({1}, chr(10)))", DSL.val(standInKey), VERIFICATION.STAND_IN_EDITIONS))
                .and(VERIFICATION.VERIFICATION_DATE.ge(from)).and(visible(scope));
        if (until != null) {
            where = where.and(VERIFICATION.VERIFICATION_DATE.le(until));
        }
        return dsl.fetchCount(VERIFICATION, where);
    }

    private Verification toVerification(VerificationRecord r) {
        List<Long> standards = dsl.select(VERIFICATION_STANDARD.STANDARD_ID).from(VERIFICATION_STANDARD)
                .where(VERIFICATION_STANDARD.VERIFICATION_ID.eq(r.getId())).orderBy(VERIFICATION_STANDARD.STANDARD_ID)
                .fetch(VERIFICATION_STANDARD.STANDARD_ID);
        return new Verification(r.getId(), r.getInstrumentId(), r.getInstitutionId(), r.getOwnerEnterpriseId(), r.getRegionCode(),
                VerificationStatus.valueOf(r.getStatus()), Timestamps.inZone(r.getBookedAt(), clock), r.getVerificationDate(), r.getVerifierPersonId(), standards,
                r.getReadingsJson() == null ? null : r.getReadingsJson().data(), r.getConforming(), r.getAnyUnverified(),
                r.getEditions(), r.getFeeYuan(), Boolean.TRUE.equals(r.getFeeWaived()), r.getVersion(), r.getRuleBookRevision(),
                r.getStandInEditions(), r.getCheckerPersonId(), Timestamps.inZone(r.getCheckedAt(), clock), r.getApproverPersonId(),
                Timestamps.inZone(r.getApprovedAt(), clock));
    }

    private Certificate toCertificate(CertificateRecord r) {
        return new Certificate(r.getId(), r.getVerificationId(), r.getNumber(), r.getInstitutionId(),
                CertificateKind.valueOf(r.getKind()), Timestamps.inZone(r.getIssuedAt(), clock), r.getValidUntil(), r.getNextDue(), r.getStatus(),
                r.getRevokedReason());
    }
}
