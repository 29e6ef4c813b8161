package org.metrolex.instrument.persistence;

import static org.metrolex.platform.jooq.Tables.INSTRUMENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.platform.jooq.tables.records.InstrumentRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.springframework.stereotype.Repository;

@Repository
class JooqInstruments implements Instruments {

    private final DSLContext dsl;
    private final Clock clock;

    JooqInstruments(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Officers by the instrument's region; an enterprise user by ownership; anyone else nothing. */
    private static Condition visible(DataScope scope) {
        return scope.where(INSTRUMENT.REGION_CODE, INSTRUMENT.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE);
    }

    private static Condition matching(InstrumentQuery q) {
        Condition c = DSL.noCondition();
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String k = q.keyword().strip();
            c = c.and(INSTRUMENT.MAKER.containsIgnoreCase(k).or(INSTRUMENT.MODEL.containsIgnoreCase(k))
                    .or(INSTRUMENT.SERIAL_NUMBER.containsIgnoreCase(k)));
        }
        if (q.categoryCode() != null && !q.categoryCode().isBlank()) {
            c = c.and(INSTRUMENT.CATEGORY_CODE.eq(q.categoryCode().strip()));
        }
        if (q.status() != null && !q.status().isBlank()) {
            c = c.and(INSTRUMENT.STATUS.eq(q.status().strip().toUpperCase()));
        }
        return c;
    }

    @Override
    public ResultPage<Instrument> search(DataScope scope, InstrumentQuery query, int page, int size) {
        Condition where = visible(scope).and(matching(query));
        long total = dsl.fetchCount(INSTRUMENT, where);
        List<Instrument> items = dsl.selectFrom(INSTRUMENT).where(where)
                .orderBy(INSTRUMENT.REGION_CODE, INSTRUMENT.CATEGORY_CODE, INSTRUMENT.SERIAL_NUMBER, INSTRUMENT.ID)
                .offset((page - 1) * size).limit(size)
                .fetch(this::toInstrument);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public Optional<Instrument> find(DataScope scope, long id) {
        return dsl.selectFrom(INSTRUMENT).where(INSTRUMENT.ID.eq(id).and(visible(scope)))
                .fetchOptional(this::toInstrument);
    }

    @Override
    public long count(DataScope scope) {
        return dsl.fetchCount(INSTRUMENT, visible(scope));
    }

    @Override
    public Optional<Instrument> publicByQrToken(String qrToken) {
        return dsl.selectFrom(INSTRUMENT).where(INSTRUMENT.QR_TOKEN.eq(qrToken)).fetchOptional(this::toInstrument);
    }

    @Override
    public Optional<Long> findIdForUniqueness(String categoryCode, String maker, String serialNumber) {
        return dsl.select(INSTRUMENT.ID).from(INSTRUMENT).where(INSTRUMENT.CATEGORY_CODE.eq(categoryCode)
                .and(INSTRUMENT.MAKER.eq(maker)).and(INSTRUMENT.SERIAL_NUMBER.eq(serialNumber))).fetchOptional(INSTRUMENT.ID);
    }

    private static Map<Field<?>, Object> columns(InstrumentDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(INSTRUMENT.CATEGORY_CODE, d.categoryCode());
        m.put(INSTRUMENT.MAKER, d.maker());
        m.put(INSTRUMENT.MODEL, d.model());
        m.put(INSTRUMENT.SERIAL_NUMBER, d.serialNumber());
        m.put(INSTRUMENT.TYPE_APPROVAL_NO, emptyToNull(d.typeApprovalNo()));
        m.put(INSTRUMENT.ACCURACY_CLASS, emptyToNull(d.accuracyClass()));
        m.put(INSTRUMENT.MEASURING_RANGE, emptyToNull(d.measuringRange()));
        m.put(INSTRUMENT.OWNER_ENTERPRISE_ID, d.ownerEnterpriseId());
        m.put(INSTRUMENT.REGION_CODE, d.regionCode());
        m.put(INSTRUMENT.LOCATION, emptyToNull(d.location()));
        m.put(INSTRUMENT.PURPOSE, d.parsedPurpose().name());
        return m;
    }

    @Override
    public long insert(InstrumentDraft d, String qrToken) {
        return dsl.insertInto(INSTRUMENT).set(columns(d)).set(INSTRUMENT.QR_TOKEN, qrToken)
                .set(INSTRUMENT.FILED_AT, now()).set(INSTRUMENT.CREATED_AT, now()).set(INSTRUMENT.UPDATED_AT, now())
                .returning(INSTRUMENT.ID).fetchOne().getId();
    }

    @Override
    public boolean update(long id, int version, InstrumentDraft d) {
        return dsl.update(INSTRUMENT).set(columns(d))
                .set(INSTRUMENT.VERSION, version + 1)
                .set(INSTRUMENT.UPDATED_AT, now())
                .where(INSTRUMENT.ID.eq(id).and(INSTRUMENT.VERSION.eq(version)))
                .execute() == 1;
    }

    @Override
    public void setStatus(long id, InstrumentStatus status) {
        dsl.update(INSTRUMENT).set(INSTRUMENT.STATUS, status.name()).set(INSTRUMENT.VERSION, INSTRUMENT.VERSION.plus(1))
                .set(INSTRUMENT.UPDATED_AT, now()).where(INSTRUMENT.ID.eq(id)).execute();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private Instrument toInstrument(InstrumentRecord r) {
        return new Instrument(r.getId(), r.getCategoryCode(), r.getMaker(), r.getModel(), r.getSerialNumber(),
                r.getTypeApprovalNo(), r.getAccuracyClass(), r.getMeasuringRange(), r.getOwnerEnterpriseId(),
                r.getRegionCode(), r.getLocation(), InstrumentUse.valueOf(r.getPurpose()),
                InstrumentStatus.valueOf(r.getStatus()), r.getQrToken(), Timestamps.inZone(r.getFiledAt(), clock), r.getVersion());
    }
}
