package org.metrolex.verification.persistence;

import static org.metrolex.platform.jooq.Tables.CERTIFICATE;
import static org.metrolex.platform.jooq.Tables.OVERDUE_NOTICE;
import static org.metrolex.platform.jooq.Tables.VERIFICATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.metrolex.verification.OverdueNotice;
import org.metrolex.verification.domain.CertificateKind;
import org.springframework.stereotype.Repository;

@Repository
class JooqOverdueNoticeRecords implements OverdueNoticeRecords {

    private final DSLContext dsl;
    private final Clock clock;

    JooqOverdueNoticeRecords(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * A notice joined to the certificate that fell due: the latest certificate of the instrument with that
     * next due date (one notice per instrument and due date, so one row per notice), and its verification,
     * whose region and owner scope the read.
     */
    private org.jooq.SelectOnConditionStep<org.jooq.Record8<Long, LocalDate, java.time.OffsetDateTime, java.time.OffsetDateTime, String, String, String, Long>> from() {
        var c2 = CERTIFICATE.as("c2");
        var v2 = VERIFICATION.as("v2");
        var latest = DSL.select(DSL.max(c2.ID)).from(c2).join(v2).on(v2.ID.eq(c2.VERIFICATION_ID))
                .where(v2.INSTRUMENT_ID.eq(OVERDUE_NOTICE.INSTRUMENT_ID).and(c2.NEXT_DUE.eq(OVERDUE_NOTICE.DUE_DATE))
                        .and(c2.KIND.eq(CertificateKind.CERTIFICATE.name())));
        return dsl.select(OVERDUE_NOTICE.INSTRUMENT_ID, OVERDUE_NOTICE.DUE_DATE, OVERDUE_NOTICE.NOTICED_AT, OVERDUE_NOTICE.READ_AT,
                        OVERDUE_NOTICE.READ_BY, CERTIFICATE.NUMBER, VERIFICATION.REGION_CODE, VERIFICATION.OWNER_ENTERPRISE_ID)
                .from(OVERDUE_NOTICE).join(CERTIFICATE).on(CERTIFICATE.ID.eq(DSL.field(latest)))
                .join(VERIFICATION).on(VERIFICATION.ID.eq(CERTIFICATE.VERIFICATION_ID));
    }

    private static Condition where(DataScope scope, boolean unreadOnly) {
        Condition c = scope.where(VERIFICATION.REGION_CODE, VERIFICATION.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE);
        return unreadOnly ? c.and(OVERDUE_NOTICE.READ_AT.isNull()) : c;
    }

    @Override
    public ResultPage<OverdueNotice> search(DataScope scope, boolean unreadOnly, int page, int size) {
        long total = dsl.fetchCount(from().where(where(scope, unreadOnly)));
        List<OverdueNotice> items = from().where(where(scope, unreadOnly))
                .orderBy(OVERDUE_NOTICE.DUE_DATE.desc(), OVERDUE_NOTICE.INSTRUMENT_ID)
                .offset((page - 1) * size).limit(size).fetch(this::toNotice);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public void forEach(DataScope scope, boolean unreadOnly, Consumer<OverdueNotice> consumer) {
        try (var cursor = from().where(where(scope, unreadOnly)).orderBy(OVERDUE_NOTICE.DUE_DATE.desc(), OVERDUE_NOTICE.INSTRUMENT_ID)
                .fetchSize(500).fetchLazy()) {
            cursor.forEach(r -> consumer.accept(toNotice(r)));
        }
    }

    @Override
    public long countUnread(DataScope scope) {
        return dsl.fetchCount(from().where(where(scope, true)));
    }

    @Override
    public Optional<OverdueNotice> find(DataScope scope, long instrumentId, LocalDate dueDate) {
        return from().where(where(scope, false).and(OVERDUE_NOTICE.INSTRUMENT_ID.eq(instrumentId))
                .and(OVERDUE_NOTICE.DUE_DATE.eq(dueDate))).fetchOptional(this::toNotice);
    }

    @Override
    public int markRead(long instrumentId, LocalDate dueDate, String by) {
        return dsl.update(OVERDUE_NOTICE).set(OVERDUE_NOTICE.READ_AT, now()).set(OVERDUE_NOTICE.READ_BY, by)
                .where(OVERDUE_NOTICE.INSTRUMENT_ID.eq(instrumentId).and(OVERDUE_NOTICE.DUE_DATE.eq(dueDate))
                        .and(OVERDUE_NOTICE.READ_AT.isNull())).execute();
    }

    private OverdueNotice toNotice(Record r) {
        return new OverdueNotice(r.get(OVERDUE_NOTICE.INSTRUMENT_ID), r.get(OVERDUE_NOTICE.DUE_DATE), Timestamps.inZone(r.get(OVERDUE_NOTICE.NOTICED_AT), clock),
                Timestamps.inZone(r.get(OVERDUE_NOTICE.READ_AT), clock), r.get(OVERDUE_NOTICE.READ_BY), r.get(CERTIFICATE.NUMBER), r.get(VERIFICATION.REGION_CODE),
                r.get(VERIFICATION.OWNER_ENTERPRISE_ID));
    }
}
