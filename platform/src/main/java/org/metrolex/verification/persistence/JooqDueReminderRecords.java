package org.metrolex.verification.persistence;

import static org.metrolex.platform.jooq.Tables.DUE_REMINDER;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT_DUE;
import static org.metrolex.platform.jooq.Tables.REMINDER_DELIVERY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.platform.jooq.tables.records.DueReminderRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.metrolex.verification.DueReminder;
import org.metrolex.verification.domain.CertificateKind;
import org.springframework.stereotype.Repository;

@Repository
class JooqDueReminderRecords implements DueReminderRecords {

    private final DSLContext dsl;
    private final Clock clock;

    JooqDueReminderRecords(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public int record(LocalDate today, int daysBefore, int after) {
        return dsl.insertInto(DUE_REMINDER, DUE_REMINDER.INSTRUMENT_ID, DUE_REMINDER.DUE_DATE, DUE_REMINDER.DAYS_BEFORE,
                        DUE_REMINDER.CERTIFICATE_NUMBER, DUE_REMINDER.REGION_CODE, DUE_REMINDER.OWNER_ENTERPRISE_ID,
                        DUE_REMINDER.REMINDED_ON, DUE_REMINDER.CREATED_AT)
                .select(dsl.select(INSTRUMENT_DUE.INSTRUMENT_ID, INSTRUMENT_DUE.NEXT_DUE, DSL.val(daysBefore), INSTRUMENT_DUE.NUMBER,
                                INSTRUMENT_DUE.REGION_CODE, INSTRUMENT_DUE.OWNER_ENTERPRISE_ID, DSL.val(today), DSL.val(now()))
                        .from(INSTRUMENT_DUE)
                        .where(INSTRUMENT_DUE.KIND.eq(CertificateKind.CERTIFICATE.name())
                                .and(INSTRUMENT_DUE.NEXT_DUE.gt(today.plusDays(after)))
                                .and(INSTRUMENT_DUE.NEXT_DUE.le(today.plusDays(daysBefore)))))
                .onConflictDoNothing().execute();
    }

    @Override
    public List<DueReminder> undelivered(String channel, int limit) {
        return dsl.selectFrom(DUE_REMINDER)
                .whereNotExists(DSL.selectOne().from(REMINDER_DELIVERY).where(REMINDER_DELIVERY.REMINDER_ID.eq(DUE_REMINDER.ID)
                        .and(REMINDER_DELIVERY.CHANNEL.eq(channel))))
                .orderBy(DUE_REMINDER.ID).limit(limit).fetch(this::toReminder);
    }

    @Override
    public boolean recordDelivery(long reminderId, String channel, String recipient, String status, String detail) {
        return dsl.insertInto(REMINDER_DELIVERY, REMINDER_DELIVERY.REMINDER_ID, REMINDER_DELIVERY.CHANNEL, REMINDER_DELIVERY.RECIPIENT,
                        REMINDER_DELIVERY.STATUS, REMINDER_DELIVERY.DETAIL, REMINDER_DELIVERY.ATTEMPTED_AT)
                .values(reminderId, channel, recipient, status, detail, now()).onConflictDoNothing().execute() > 0;
    }

    @Override
    public List<Delivery> deliveries(DataScope scope, long reminderId) {
        return dsl.select(REMINDER_DELIVERY.REMINDER_ID, REMINDER_DELIVERY.CHANNEL, REMINDER_DELIVERY.RECIPIENT, REMINDER_DELIVERY.STATUS,
                        REMINDER_DELIVERY.DETAIL)
                .from(REMINDER_DELIVERY).join(DUE_REMINDER).on(DUE_REMINDER.ID.eq(REMINDER_DELIVERY.REMINDER_ID))
                .where(REMINDER_DELIVERY.REMINDER_ID.eq(reminderId).and(visible(scope)))
                .orderBy(REMINDER_DELIVERY.CHANNEL)
                .fetch(r -> new Delivery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    private static Condition visible(DataScope scope) {
        return scope.where(DUE_REMINDER.REGION_CODE, DUE_REMINDER.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE);
    }

    private static Condition where(DataScope scope, boolean unreadOnly, LocalDate dueFrom) {
        Condition c = visible(scope);
        if (unreadOnly) {
            c = c.and(DUE_REMINDER.READ_AT.isNull());
        }
        return dueFrom == null ? c : c.and(DUE_REMINDER.DUE_DATE.ge(dueFrom));
    }

    @Override
    public ResultPage<DueReminder> search(DataScope scope, boolean unreadOnly, LocalDate dueFrom, int page, int size) {
        Condition where = where(scope, unreadOnly, dueFrom);
        long total = dsl.fetchCount(DUE_REMINDER, where);
        List<DueReminder> items = dsl.selectFrom(DUE_REMINDER).where(where)
                .orderBy(DUE_REMINDER.DUE_DATE, DUE_REMINDER.DAYS_BEFORE, DUE_REMINDER.INSTRUMENT_ID)
                .offset((page - 1) * size).limit(size).fetch(this::toReminder);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public long count(DataScope scope, boolean unreadOnly, LocalDate dueFrom) {
        return dsl.fetchCount(DUE_REMINDER, where(scope, unreadOnly, dueFrom));
    }

    @Override
    public Optional<DueReminder> find(DataScope scope, long id) {
        return dsl.selectFrom(DUE_REMINDER).where(DUE_REMINDER.ID.eq(id).and(visible(scope))).fetchOptional(this::toReminder);
    }

    @Override
    public int markRead(long id, String by) {
        return dsl.update(DUE_REMINDER).set(DUE_REMINDER.READ_AT, now()).set(DUE_REMINDER.READ_BY, by)
                .where(DUE_REMINDER.ID.eq(id).and(DUE_REMINDER.READ_AT.isNull())).execute();
    }

    @Override
    public List<Due> soonestDue(DataScope scope, int limit) {
        return dsl.select(INSTRUMENT_DUE.INSTRUMENT_ID, INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.NUMBER).from(INSTRUMENT_DUE)
                .where(scope.where(INSTRUMENT_DUE.REGION_CODE, INSTRUMENT_DUE.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE)
                        .and(INSTRUMENT_DUE.KIND.eq(CertificateKind.CERTIFICATE.name())).and(INSTRUMENT_DUE.NEXT_DUE.isNotNull()))
                .orderBy(INSTRUMENT_DUE.NEXT_DUE, INSTRUMENT_DUE.INSTRUMENT_ID).limit(limit)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3()));
    }

    private DueReminder toReminder(DueReminderRecord r) {
        return new DueReminder(r.getId(), r.getInstrumentId(), r.getDueDate(), r.getDaysBefore(), r.getCertificateNumber(),
                r.getRegionCode(), r.getOwnerEnterpriseId(), r.getRemindedOn(), Timestamps.inZone(r.getCreatedAt(), clock),
                Timestamps.inZone(r.getReadAt(), clock), r.getReadBy());
    }
}
