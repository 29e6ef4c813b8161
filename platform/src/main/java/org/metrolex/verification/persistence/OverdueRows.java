package org.metrolex.verification.persistence;

import static org.metrolex.platform.jooq.Tables.INSTRUMENT_DUE;
import static org.metrolex.platform.jooq.Tables.OVERDUE_NOTICE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.metrolex.verification.OverdueInstrument;
import org.metrolex.verification.domain.CertificateKind;

/** The overdue read model's conditions and row shape, shared by the overdue queries of {@link JooqVerifications}. */
final class OverdueRows {

    private OverdueRows() {
    }

    /**
     * Instruments overdue on {@code today}: their latest valid document (issued_at, then id; revoked ones
     * ignored; a notice of non-conformity replaces an earlier certificate) is a certificate due on or before
     * {@code today} ({@code NextDue.overdueOn}: overdue from the due date on). That latest document is kept
     * per instrument in {@code instrument_due} by triggers on {@code certificate} (V1_43, ADR 0010), so the
     * condition is a range on the partial indexes {@code (region_code | owner_enterprise_id | -, next_due,
     * instrument_id) where kind = 'CERTIFICATE'}. The kind is inlined, not bound, so that a generic plan of
     * the prepared statement can still use the partial indexes.
     */
    static Condition on(LocalDate today) {
        return INSTRUMENT_DUE.KIND.eq(DSL.inline(CertificateKind.CERTIFICATE.name())).and(INSTRUMENT_DUE.NEXT_DUE.le(today));
    }

    static Condition visible(DataScope scope, LocalDate today) {
        return on(today).and(scope.where(INSTRUMENT_DUE.REGION_CODE, INSTRUMENT_DUE.OWNER_ENTERPRISE_ID,
                DataScope.PartyKind.ENTERPRISE));
    }

    static SelectConditionStep<Record6<Long, String, Long, LocalDate, String, OffsetDateTime>> select(DSLContext dsl, Condition where) {
        return dsl.select(INSTRUMENT_DUE.INSTRUMENT_ID, INSTRUMENT_DUE.REGION_CODE, INSTRUMENT_DUE.OWNER_ENTERPRISE_ID,
                        INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.NUMBER, OVERDUE_NOTICE.NOTICED_AT)
                .from(INSTRUMENT_DUE)
                .leftJoin(OVERDUE_NOTICE).on(OVERDUE_NOTICE.INSTRUMENT_ID.eq(INSTRUMENT_DUE.INSTRUMENT_ID)
                        .and(OVERDUE_NOTICE.DUE_DATE.eq(INSTRUMENT_DUE.NEXT_DUE)))
                .where(where);
    }

    static OverdueInstrument toOverdue(Record6<Long, String, Long, LocalDate, String, OffsetDateTime> r, Clock clock) {
        return new OverdueInstrument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Timestamps.inZone(r.value6(), clock));
    }
}
