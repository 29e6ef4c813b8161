package org.metrolex.demo.persistence;

import static org.metrolex.platform.jooq.Tables.CERTIFICATE;
import static org.metrolex.platform.jooq.Tables.CERTIFICATE_SEQUENCE;
import static org.metrolex.platform.jooq.Tables.ENTERPRISE;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT;
import static org.metrolex.platform.jooq.Tables.OVERDUE_NOTICE;
import static org.metrolex.platform.jooq.Tables.VERIFICATION;
import static org.metrolex.platform.jooq.Tables.VERIFICATION_STANDARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Multi-row inserts of the demo province's bulk history (ADR 0012): thousands of enterprises, instruments,
 * verifications and certificates written in chunks of rows per statement, not one command at a time, so the
 * empty-database start stays quick. The rows are built and checked by {@code demo}; this class only writes.
 * It is the one place outside a module's own {@code persistence} that writes that module's tables, and only
 * into an empty database at first start.
 */
@Repository
public class DemoBulkWriter {

    private static final int CHUNK = 1000;

    private final DSLContext dsl;

    DemoBulkWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record EnterpriseRow(String creditCode, String name, String address, String regionCode, String category,
                                String legalRepresentative, String contactPhone) {
    }

    public record InstrumentRow(String categoryCode, String maker, String model, String serialNumber, String accuracyClass,
                                String measuringRange, long ownerEnterpriseId, String regionCode, String location, String purpose,
                                String qrToken, OffsetDateTime filedAt) {
    }

    /** A verification closed by a document; {@code verifierPersonId} may be null (a planted defect). */
    public record VerificationRow(long instrumentId, long institutionId, long ownerEnterpriseId, String regionCode, String status,
                                  OffsetDateTime bookedAt, LocalDate verificationDate, Long verifierPersonId, String readingsJson,
                                  boolean conforming, BigDecimal feeYuan, boolean feeWaived) {
    }

    public record CertificateRow(long verificationId, String number, long institutionId, String kind, OffsetDateTime issuedAt,
                                 LocalDate validUntil, LocalDate nextDue, String status, String revokedReason, OffsetDateTime revokedAt) {
    }

    public List<Long> insertEnterprises(List<EnterpriseRow> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += CHUNK) {
            var insert = dsl.insertInto(ENTERPRISE, ENTERPRISE.CREDIT_CODE, ENTERPRISE.NAME, ENTERPRISE.ADDRESS, ENTERPRISE.REGION_CODE,
                    ENTERPRISE.CATEGORY, ENTERPRISE.LEGAL_REPRESENTATIVE, ENTERPRISE.CONTACT_PHONE);
            for (EnterpriseRow r : rows.subList(i, Math.min(rows.size(), i + CHUNK))) {
                insert = insert.values(r.creditCode(), r.name(), r.address(), r.regionCode(), r.category(), r.legalRepresentative(),
                        r.contactPhone());
            }
            ids.addAll(insert.returningResult(ENTERPRISE.ID).fetch(ENTERPRISE.ID));
        }
        return ids;
    }

    public List<Long> insertInstruments(List<InstrumentRow> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += CHUNK) {
            var insert = dsl.insertInto(INSTRUMENT, INSTRUMENT.CATEGORY_CODE, INSTRUMENT.MAKER, INSTRUMENT.MODEL, INSTRUMENT.SERIAL_NUMBER,
                    INSTRUMENT.ACCURACY_CLASS, INSTRUMENT.MEASURING_RANGE, INSTRUMENT.OWNER_ENTERPRISE_ID, INSTRUMENT.REGION_CODE,
                    INSTRUMENT.LOCATION, INSTRUMENT.PURPOSE, INSTRUMENT.QR_TOKEN, INSTRUMENT.FILED_AT);
            for (InstrumentRow r : rows.subList(i, Math.min(rows.size(), i + CHUNK))) {
                insert = insert.values(r.categoryCode(), r.maker(), r.model(), r.serialNumber(), r.accuracyClass(), r.measuringRange(),
                        r.ownerEnterpriseId(), r.regionCode(), r.location(), r.purpose(), r.qrToken(), r.filedAt());
            }
            ids.addAll(insert.returningResult(INSTRUMENT.ID).fetch(INSTRUMENT.ID));
        }
        return ids;
    }

    public List<Long> insertVerifications(List<VerificationRow> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i += CHUNK) {
            var insert = dsl.insertInto(VERIFICATION, VERIFICATION.INSTRUMENT_ID, VERIFICATION.INSTITUTION_ID,
                    VERIFICATION.OWNER_ENTERPRISE_ID, VERIFICATION.REGION_CODE, VERIFICATION.STATUS, VERIFICATION.BOOKED_AT,
                    VERIFICATION.VERIFICATION_DATE, VERIFICATION.VERIFIER_PERSON_ID, VERIFICATION.READINGS_JSON,
                    VERIFICATION.CONFORMING, VERIFICATION.FEE_YUAN, VERIFICATION.FEE_WAIVED);
            for (VerificationRow r : rows.subList(i, Math.min(rows.size(), i + CHUNK))) {
                insert = insert.values(r.instrumentId(), r.institutionId(), r.ownerEnterpriseId(), r.regionCode(), r.status(),
                        r.bookedAt(), r.verificationDate(), r.verifierPersonId(), JSON.valueOf(r.readingsJson()), r.conforming(),
                        r.feeYuan(), r.feeWaived());
            }
            ids.addAll(insert.returningResult(VERIFICATION.ID).fetch(VERIFICATION.ID));
        }
        return ids;
    }

    /** Pairs of (verification id, standard id). */
    public void insertVerificationStandards(List<long[]> pairs) {
        for (int i = 0; i < pairs.size(); i += CHUNK) {
            var insert = dsl.insertInto(VERIFICATION_STANDARD, VERIFICATION_STANDARD.VERIFICATION_ID, VERIFICATION_STANDARD.STANDARD_ID);
            for (long[] p : pairs.subList(i, Math.min(pairs.size(), i + CHUNK))) {
                insert = insert.values(p[0], p[1]);
            }
            insert.execute();
        }
    }

    public void insertCertificates(List<CertificateRow> rows) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            var insert = dsl.insertInto(CERTIFICATE, CERTIFICATE.VERIFICATION_ID, CERTIFICATE.NUMBER, CERTIFICATE.INSTITUTION_ID,
                    CERTIFICATE.KIND, CERTIFICATE.ISSUED_AT, CERTIFICATE.VALID_UNTIL, CERTIFICATE.NEXT_DUE, CERTIFICATE.STATUS,
                    CERTIFICATE.REVOKED_REASON, CERTIFICATE.REVOKED_AT);
            for (CertificateRow r : rows.subList(i, Math.min(rows.size(), i + CHUNK))) {
                insert = insert.values(r.verificationId(), r.number(), r.institutionId(), r.kind(), r.issuedAt(), r.validUntil(),
                        r.nextDue(), r.status(), r.revokedReason(), r.revokedAt());
            }
            insert.execute();
        }
    }

    /** Raises the certificate number sequence of (institution, year) to at least {@code lastValue}, so later issues follow on. */
    public void raiseCertificateSequence(long institutionId, int year, long lastValue) {
        dsl.insertInto(CERTIFICATE_SEQUENCE).set(CERTIFICATE_SEQUENCE.INSTITUTION_ID, institutionId).set(CERTIFICATE_SEQUENCE.YEAR, year)
                .set(CERTIFICATE_SEQUENCE.LAST_VALUE, lastValue)
                .onConflict(CERTIFICATE_SEQUENCE.INSTITUTION_ID, CERTIFICATE_SEQUENCE.YEAR).doUpdate()
                .set(CERTIFICATE_SEQUENCE.LAST_VALUE, DSL.greatest(CERTIFICATE_SEQUENCE.LAST_VALUE, DSL.val(lastValue)))
                .execute();
    }

    /** Marks as read, a day after they were sent, the notices of the given instruments (owners who have seen them). */
    public int markNoticesRead(List<Long> instrumentIds, String by) {
        int n = 0;
        for (int i = 0; i < instrumentIds.size(); i += CHUNK) {
            n += dsl.update(OVERDUE_NOTICE).set(OVERDUE_NOTICE.READ_AT, OVERDUE_NOTICE.NOTICED_AT.plus(1)).set(OVERDUE_NOTICE.READ_BY, by)
                    .where(OVERDUE_NOTICE.INSTRUMENT_ID.eq(DSL.any(instrumentIds.subList(i, Math.min(instrumentIds.size(), i + CHUNK))
                            .toArray(Long[]::new)))).execute();
        }
        return n;
    }
}
