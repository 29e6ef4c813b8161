package org.metrolex.demo.persistence;

import static org.metrolex.platform.jooq.Tables.CERTIFICATE_SEQUENCE;
import static org.metrolex.platform.jooq.Tables.ENTERPRISE;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT;
import static org.metrolex.platform.jooq.Tables.OVERDUE_NOTICE;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

/**
 * Bulk writes of the demo province's history (ADR 0012): enterprises and instruments by multi-row inserts,
 * verifications and certificates by PostgreSQL COPY, not one command at a time, so the
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

    /**
     * Verifications by PostgreSQL COPY (CONVENTIONS.md: ~2x batched inserts), ids taken from the table's own
     * sequence beforehand so that certificates and standards can refer to them; returns the ids in row order.
     */
    public List<Long> insertVerifications(List<VerificationRow> rows) {
        List<Long> ids = dsl.fetch("select nextval(pg_get_serial_sequence('verification', 'id')) from generate_series(1, ?)", rows.size())
                .getValues(0, Long.class);
        StringBuilder csv = new StringBuilder(rows.size() * 700);
        for (int i = 0; i < rows.size(); i++) {
            VerificationRow r = rows.get(i);
            line(csv, ids.get(i), r.instrumentId(), r.institutionId(), r.ownerEnterpriseId(), r.regionCode(), r.status(), r.bookedAt(),
                    r.verificationDate(), r.verifierPersonId(), r.readingsJson(), r.conforming(), r.feeYuan(), r.feeWaived());
        }
        copy("copy verification (id, instrument_id, institution_id, owner_enterprise_id, region_code, status, booked_at, "
                + "verification_date, verifier_person_id, readings_json, conforming, fee_yuan, fee_waived) from stdin (format csv)", csv);
        return ids;
    }

    /** Pairs of (verification id, standard id). */
    public void insertVerificationStandards(List<long[]> pairs) {
        StringBuilder csv = new StringBuilder(pairs.size() * 16);
        for (long[] p : pairs) {
            line(csv, p[0], p[1]);
        }
        copy("copy verification_standard (verification_id, standard_id) from stdin (format csv)", csv);
    }

    public void insertCertificates(List<CertificateRow> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 160);
        for (CertificateRow r : rows) {
            line(csv, r.verificationId(), r.number(), r.institutionId(), r.kind(), r.issuedAt(), r.validUntil(), r.nextDue(), r.status(),
                    r.revokedReason(), r.revokedAt());
        }
        copy("copy certificate (verification_id, number, institution_id, kind, issued_at, valid_until, next_due, status, "
                + "revoked_reason, revoked_at) from stdin (format csv)", csv);
    }

    /** One CSV line for COPY: null as an empty unquoted field, every value quoted (quotes doubled). */
    private static void line(StringBuilder csv, Object... values) {
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                csv.append(',');
            }
            if (values[k] != null) {
                csv.append('"').append(values[k].toString().replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
    }

    private void copy(String sql, CharSequence csv) {
        dsl.connection(c -> {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Raises the certificate number sequence of (institution, year) to at least {@code lastValue}, so later issues follow on. */
    public void raiseCertificateSequence(long institutionId, int year, long lastValue) {
        dsl.insertInto(CERTIFICATE_SEQUENCE).set(CERTIFICATE_SEQUENCE.INSTITUTION_ID, institutionId).set(CERTIFICATE_SEQUENCE.YEAR, year)
                .set(CERTIFICATE_SEQUENCE.LAST_VALUE, lastValue)
                .onConflict(CERTIFICATE_SEQUENCE.INSTITUTION_ID, CERTIFICATE_SEQUENCE.YEAR).doUpdate()
                .set(CERTIFICATE_SEQUENCE.LAST_VALUE, DSL.greatest(CERTIFICATE_SEQUENCE.LAST_VALUE, DSL.val(lastValue)))
                .execute();
    }

    /**
     * Dates the filing (备案) of every instrument with a verification a month before its first one was booked: the
     * demo writes years of history on the day it loads, and an instrument page must not show a filing date after
     * its last verification. Only moves dates earlier.
     */
    public int backdateFilings() {
        return dsl.execute("""
                update instrument i set filed_at = f.first_booked - interval '30 days'
                from (select instrument_id, min(coalesce(booked_at, verification_date::timestamp at time zone 'Asia/Shanghai')) as first_booked
                      from verification group by instrument_id) f
                where f.instrument_id = i.id and f.first_booked - interval '30 days' < i.filed_at""");
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
