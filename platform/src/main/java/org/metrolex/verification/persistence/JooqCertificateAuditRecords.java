package org.metrolex.verification.persistence;

import static org.metrolex.platform.jooq.Tables.CERTIFICATE;
import static org.metrolex.platform.jooq.Tables.CERTIFICATE_AUDIT_IMPORT;
import static org.metrolex.platform.jooq.Tables.VERIFICATION;
import static org.metrolex.platform.jooq.Tables.VERIFICATION_STANDARD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.metrolex.platform.jooq.tables.records.CertificateAuditImportRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.springframework.stereotype.Repository;

@Repository
class JooqCertificateAuditRecords implements CertificateAuditRecords {

    private final DSLContext dsl;
    private final Clock clock;

    JooqCertificateAuditRecords(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public List<IssuedRow> findIssuedByIds(DataScope scope, Collection<Long> certificateIds) {
        if (certificateIds == null || certificateIds.isEmpty()) {
            return List.of();
        }
        return issued(issuedVisible(scope).and(CERTIFICATE.ID.eq(DSL.any(certificateIds.toArray(Long[]::new)))), certificateIds.size());
    }

    private static Condition issuedVisible(DataScope scope) {
        return scope.where(VERIFICATION.REGION_CODE, VERIFICATION.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE)
                .or(scope.where(VERIFICATION.REGION_CODE, VERIFICATION.INSTITUTION_ID, DataScope.PartyKind.INSTITUTION));
    }

    @Override
    public List<IssuedRow> findIssued(DataScope scope, Collection<Long> institutionIds, Collection<String> regionCodes,
                                      LocalDate from, LocalDate to, int limit) {
        Condition where = issuedVisible(scope);
        if (institutionIds != null && !institutionIds.isEmpty()) {
            where = where.and(CERTIFICATE.INSTITUTION_ID.eq(DSL.any(institutionIds.toArray(Long[]::new))));
        }
        if (regionCodes != null) {
            where = where.and(VERIFICATION.REGION_CODE.eq(DSL.any(regionCodes.toArray(String[]::new))));
        }
        if (from != null) {
            where = where.and(VERIFICATION.VERIFICATION_DATE.ge(from));
        }
        if (to != null) {
            where = where.and(VERIFICATION.VERIFICATION_DATE.le(to));
        }
        return issued(where, limit);
    }

    private List<IssuedRow> issued(Condition where, int limit) {
        List<Record> rows = dsl.select(CERTIFICATE.ID, CERTIFICATE.NUMBER, CERTIFICATE.INSTITUTION_ID, CERTIFICATE.KIND,
                        CERTIFICATE.STATUS, VERIFICATION.ID, VERIFICATION.INSTRUMENT_ID, VERIFICATION.REGION_CODE,
                        VERIFICATION.OWNER_ENTERPRISE_ID, VERIFICATION.VERIFICATION_DATE, VERIFICATION.VERIFIER_PERSON_ID,
                        VERIFICATION.READINGS_JSON, VERIFICATION.RULE_BOOK_REVISION)
                .from(CERTIFICATE).join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID))
                .where(where).orderBy(VERIFICATION.VERIFICATION_DATE.asc().nullsFirst(), CERTIFICATE.ID).limit(limit).fetch()
                .stream().map(r -> (Record) r).toList();
        Map<Long, List<Long>> standards = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> r.get(VERIFICATION.ID)).toList();
        for (int i = 0; i < ids.size(); i += 5000) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 5000));
            dsl.select(VERIFICATION_STANDARD.VERIFICATION_ID, VERIFICATION_STANDARD.STANDARD_ID).from(VERIFICATION_STANDARD)
                    .where(VERIFICATION_STANDARD.VERIFICATION_ID.eq(DSL.any(chunk.toArray(Long[]::new))))
                    .orderBy(VERIFICATION_STANDARD.VERIFICATION_ID, VERIFICATION_STANDARD.STANDARD_ID)
                    .forEach(r -> standards.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return rows.stream().map(r -> new IssuedRow(r.get(CERTIFICATE.ID), r.get(CERTIFICATE.NUMBER), r.get(CERTIFICATE.INSTITUTION_ID),
                r.get(CERTIFICATE.KIND), r.get(CERTIFICATE.STATUS), r.get(VERIFICATION.ID), r.get(VERIFICATION.INSTRUMENT_ID),
                r.get(VERIFICATION.REGION_CODE), r.get(VERIFICATION.OWNER_ENTERPRISE_ID), r.get(VERIFICATION.VERIFICATION_DATE),
                r.get(VERIFICATION.VERIFIER_PERSON_ID),
                r.get(VERIFICATION.READINGS_JSON) == null ? null : r.get(VERIFICATION.READINGS_JSON).data(),
                standards.getOrDefault(r.get(VERIFICATION.ID), List.of()), r.get(VERIFICATION.RULE_BOOK_REVISION))).toList();
    }

    private static Condition visible(DataScope scope) {
        return scope.where(CERTIFICATE_AUDIT_IMPORT.REGION_CODE, null, null);
    }

    @Override
    public Optional<StoredImport> findImport(DataScope scope, long id) {
        return dsl.selectFrom(CERTIFICATE_AUDIT_IMPORT).where(CERTIFICATE_AUDIT_IMPORT.ID.eq(id).and(visible(scope)))
                .fetchOptional(r -> toImport(r, true));
    }

    @Override
    public Optional<StoredImport> findImportByContent(DataScope scope, String sha256, String regionCode) {
        return dsl.selectFrom(CERTIFICATE_AUDIT_IMPORT).where(CERTIFICATE_AUDIT_IMPORT.CONTENT_SHA256.eq(sha256)
                        .and(CERTIFICATE_AUDIT_IMPORT.REGION_CODE.eq(regionCode)).and(visible(scope)))
                .fetchOptional(r -> toImport(r, true));
    }

    @Override
    public ResultPage<StoredImport> searchImports(DataScope scope, int page, int size) {
        long total = dsl.fetchCount(CERTIFICATE_AUDIT_IMPORT, visible(scope));
        List<StoredImport> items = dsl.selectFrom(CERTIFICATE_AUDIT_IMPORT).where(visible(scope))
                .orderBy(CERTIFICATE_AUDIT_IMPORT.ID.desc()).offset((page - 1) * size).limit(size)
                .fetch(r -> toImport(r, false));
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public long insertImport(StoredImport s) {
        return dsl.insertInto(CERTIFICATE_AUDIT_IMPORT).set(CERTIFICATE_AUDIT_IMPORT.CONTENT_SHA256, s.sha256())
                .set(CERTIFICATE_AUDIT_IMPORT.REGION_CODE, s.regionCode()).set(CERTIFICATE_AUDIT_IMPORT.FILE_NAME, s.fileName())
                .set(CERTIFICATE_AUDIT_IMPORT.IMPORTED_BY, s.importedBy()).set(CERTIFICATE_AUDIT_IMPORT.ROWS_READ, s.rowsRead())
                .set(CERTIFICATE_AUDIT_IMPORT.ROWS_REJECTED, s.rowsRejected()).set(CERTIFICATE_AUDIT_IMPORT.EXAMINED, s.examined())
                .set(CERTIFICATE_AUDIT_IMPORT.DEFECTIVE, s.defective()).set(CERTIFICATE_AUDIT_IMPORT.REPORT_JSON, s.reportJson())
                .set(CERTIFICATE_AUDIT_IMPORT.ERRORS_JSON, s.errorsJson()).set(CERTIFICATE_AUDIT_IMPORT.IMPORTED_AT, now())
                .returningResult(CERTIFICATE_AUDIT_IMPORT.ID).fetchOne().value1();
    }

    private StoredImport toImport(CertificateAuditImportRecord r, boolean withJson) {
        return new StoredImport(r.getId(), r.getContentSha256(), r.getRegionCode(), r.getFileName(), r.getImportedBy(),
                Timestamps.inZone(r.getImportedAt(), clock), r.getRowsRead(), r.getRowsRejected(), r.getExamined(), r.getDefective(),
                withJson ? r.getReportJson() : null, withJson ? r.getErrorsJson() : null);
    }
}
