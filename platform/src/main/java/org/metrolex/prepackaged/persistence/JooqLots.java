package org.metrolex.prepackaged.persistence;

import static org.metrolex.platform.jooq.Tables.LOT_INSPECTION;
import static org.metrolex.platform.jooq.Tables.LOT_READING;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.platform.jooq.tables.records.LotInspectionRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.time.Timestamps;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.domain.DecisionSummary;
import org.metrolex.prepackaged.domain.LotStatus;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.domain.TareMode;
import org.springframework.stereotype.Repository;

@Repository
class JooqLots implements Lots {

    private final DSLContext dsl;
    private final Clock clock;

    JooqLots(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Condition visible(DataScope scope) {
        return scope.where(LOT_INSPECTION.REGION_CODE, LOT_INSPECTION.PRODUCER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE);
    }

    @Override
    public ResultPage<Lot> search(DataScope scope, LotQuery q, int page, int size) {
        Condition where = visible(scope);
        if (q.producerId() != null) {
            where = where.and(LOT_INSPECTION.PRODUCER_ENTERPRISE_ID.eq(q.producerId()));
        }
        if (q.status() != null && !q.status().isBlank()) {
            where = where.and(LOT_INSPECTION.STATUS.eq(q.status().strip().toUpperCase()));
        }
        if (q.from() != null) {
            where = where.and(LOT_INSPECTION.INSPECTION_DATE.ge(q.from()));
        }
        if (q.to() != null) {
            where = where.and(LOT_INSPECTION.INSPECTION_DATE.le(q.to()));
        }
        if (q.spotCheckTaskId() != null) {
            where = where.and(LOT_INSPECTION.SPOT_CHECK_TASK_ID.eq(q.spotCheckTaskId()));
        }
        if (q.keyword() != null && !q.keyword().isBlank()) {
            String like = "%" + q.keyword().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(LOT_INSPECTION.PRODUCT_NAME.likeIgnoreCase(like).or(LOT_INSPECTION.PRODUCER_NAME.likeIgnoreCase(like)));
        }
        long total = dsl.fetchCount(LOT_INSPECTION, where);
        List<Lot> items = dsl.selectFrom(LOT_INSPECTION).where(where)
                .orderBy(LOT_INSPECTION.INSPECTION_DATE.desc(), LOT_INSPECTION.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(r -> toLot(r, List.of()));
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public Optional<Lot> find(DataScope scope, long id) {
        return dsl.selectFrom(LOT_INSPECTION).where(LOT_INSPECTION.ID.eq(id).and(visible(scope)))
                .fetchOptional(r -> toLot(r, readings(r.getId())));
    }

    @Override
    public List<DecidedLot> findDecided(DataScope scope, LocalDate from, LocalDate to) {
        return dsl.select(LOT_INSPECTION.PRODUCER_ENTERPRISE_ID, LOT_INSPECTION.REGION_CODE, LOT_INSPECTION.INSPECTION_DATE,
                        LOT_INSPECTION.ACCEPTED)
                .from(LOT_INSPECTION)
                .where(visible(scope).and(LOT_INSPECTION.STATUS.eq(LotStatus.DECIDED.name()))
                        .and(LOT_INSPECTION.INSPECTION_DATE.between(from, to)))
                .fetch(r -> new DecidedLot(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    @Override
    public long insert(long producerId, String producerName, String producerCreditCode, String regionCode, String productName,
                       String brand, String batchNo, BigDecimal nominalValue, String nominalUnit, int lotSize, int sampleSize,
                       long seed, List<Integer> sampleNumbers, LocalDate inspectionDate, String inspectorUsername,
                       String inspectorName, Long spotCheckTaskId, long ruleBookRevision) {
        return dsl.insertInto(LOT_INSPECTION)
                .set(LOT_INSPECTION.PRODUCER_ENTERPRISE_ID, producerId).set(LOT_INSPECTION.PRODUCER_NAME, producerName)
                .set(LOT_INSPECTION.PRODUCER_CREDIT_CODE, producerCreditCode).set(LOT_INSPECTION.REGION_CODE, regionCode)
                .set(LOT_INSPECTION.PRODUCT_NAME, productName).set(LOT_INSPECTION.BRAND, brand).set(LOT_INSPECTION.BATCH_NO, batchNo)
                .set(LOT_INSPECTION.NOMINAL_VALUE, nominalValue).set(LOT_INSPECTION.NOMINAL_UNIT, nominalUnit)
                .set(LOT_INSPECTION.LOT_SIZE, lotSize).set(LOT_INSPECTION.SAMPLE_SIZE, sampleSize)
                .set(LOT_INSPECTION.SAMPLE_SEED, seed)
                .set(LOT_INSPECTION.SAMPLE_NUMBERS, sampleNumbers.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .set(LOT_INSPECTION.INSPECTION_DATE, inspectionDate).set(LOT_INSPECTION.INSPECTOR_USERNAME, inspectorUsername)
                .set(LOT_INSPECTION.INSPECTOR_NAME, inspectorName).set(LOT_INSPECTION.SPOT_CHECK_TASK_ID, spotCheckTaskId)
                .set(LOT_INSPECTION.STATUS, LotStatus.SAMPLED.name()).set(LOT_INSPECTION.RULE_BOOK_REVISION, ruleBookRevision)
                .set(LOT_INSPECTION.CREATED_AT, now()).set(LOT_INSPECTION.UPDATED_AT, now())
                .returningResult(LOT_INSPECTION.ID).fetchOne().value1();
    }

    @Override
    public void recordReadings(long id, TareMode mode, BigDecimal averageTare, List<PackageReading> readings, DecisionSummary d) {
        dsl.deleteFrom(LOT_READING).where(LOT_READING.LOT_INSPECTION_ID.eq(id)).execute();
        var insert = dsl.insertInto(LOT_READING, LOT_READING.LOT_INSPECTION_ID, LOT_READING.PACKAGE_NUMBER, LOT_READING.GROSS,
                LOT_READING.TARE, LOT_READING.NET);
        for (PackageReading r : readings) {
            insert = insert.values(id, r.packageNumber(), r.gross(), r.tare(), r.net());
        }
        if (!readings.isEmpty()) {
            insert.execute();
        }
        dsl.update(LOT_INSPECTION).set(LOT_INSPECTION.TARE_MODE, mode.name())
                .set(LOT_INSPECTION.AVERAGE_TARE, mode == TareMode.AVERAGE_TARE ? averageTare : null)
                .set(LOT_INSPECTION.ACCEPTED, d.accepted()).set(LOT_INSPECTION.T1_COUNT, d.t1Count())
                .set(LOT_INSPECTION.T2_COUNT, d.t2Count()).set(LOT_INSPECTION.TOLERABLE_SHORTFALL, d.tolerableShortfall())
                .set(LOT_INSPECTION.MEAN, d.mean()).set(LOT_INSPECTION.STANDARD_DEVIATION, d.standardDeviation())
                .set(LOT_INSPECTION.MEAN_LIMIT, d.meanLimit()).set(LOT_INSPECTION.EDITIONS, d.editions())
                .set(LOT_INSPECTION.ANY_UNVERIFIED, d.anyUnverified()).set(LOT_INSPECTION.DECIDED_AT, now())
                .set(LOT_INSPECTION.STAND_IN_EDITIONS, d.standInEditions())
                .set(LOT_INSPECTION.STATUS, LotStatus.DECIDED.name()).set(LOT_INSPECTION.VERSION, LOT_INSPECTION.VERSION.plus(1))
                .set(LOT_INSPECTION.UPDATED_AT, now()).where(LOT_INSPECTION.ID.eq(id)).execute();
    }

    @Override
    public void linkSpotCheck(long id, Long spotCheckTaskId) {
        dsl.update(LOT_INSPECTION).set(LOT_INSPECTION.SPOT_CHECK_TASK_ID, spotCheckTaskId)
                .set(LOT_INSPECTION.VERSION, LOT_INSPECTION.VERSION.plus(1))
                .set(LOT_INSPECTION.UPDATED_AT, now()).where(LOT_INSPECTION.ID.eq(id)).execute();
    }

    @Override
    public Map<Long, long[]> publicResultsOf(Collection<Long> producerIds) {
        Map<Long, long[]> out = new HashMap<>();
        if (producerIds.isEmpty()) {
            return out;
        }
        var acceptedCount = DSL.count().filterWhere(LOT_INSPECTION.ACCEPTED.isTrue());
        dsl.select(LOT_INSPECTION.PRODUCER_ENTERPRISE_ID, DSL.count(), acceptedCount).from(LOT_INSPECTION)
                .where(LOT_INSPECTION.PRODUCER_ENTERPRISE_ID.in(producerIds).and(LOT_INSPECTION.STATUS.eq(LotStatus.DECIDED.name())))
                .groupBy(LOT_INSPECTION.PRODUCER_ENTERPRISE_ID)
                .forEach(r -> out.put(r.value1(), new long[] {r.value2(), r.value3()}));
        return out;
    }

    @Override
    public boolean anyForDemo() {
        return dsl.fetchExists(LOT_INSPECTION);
    }

    private List<PackageReading> readings(long id) {
        return dsl.selectFrom(LOT_READING).where(LOT_READING.LOT_INSPECTION_ID.eq(id)).orderBy(LOT_READING.PACKAGE_NUMBER)
                .fetch(r -> new PackageReading(r.getPackageNumber(), r.getGross(), r.getTare(), r.getNet()));
    }

    private Lot toLot(LotInspectionRecord r, List<PackageReading> readings) {
        List<Integer> numbers = Arrays.stream(r.getSampleNumbers().split(",")).filter(s -> !s.isBlank())
                .map(Integer::valueOf).toList();
        return new Lot(r.getId(), r.getProducerEnterpriseId(), r.getProducerName(), r.getProducerCreditCode(), r.getRegionCode(),
                r.getProductName(), r.getBrand(), r.getBatchNo(), r.getNominalValue(), r.getNominalUnit(), r.getLotSize(),
                r.getSampleSize(), r.getSampleSeed(), numbers, r.getInspectionDate(), r.getInspectorUsername(), r.getInspectorName(),
                LotStatus.valueOf(r.getStatus()), TareMode.parse(r.getTareMode()), r.getAverageTare(), r.getAccepted(),
                r.getT1Count(), r.getT2Count(), r.getTolerableShortfall(), r.getMean(), r.getStandardDeviation(), r.getMeanLimit(),
                r.getEditions(), r.getAnyUnverified(), Timestamps.inZone(r.getDecidedAt(), clock), r.getSpotCheckTaskId(), r.getVersion(), readings,
                r.getRuleBookRevision(), r.getStandInEditions());
    }

    @Override
    public long countDecidedWithStandIn(DataScope scope, String standInKey, LocalDate from, LocalDate until) {
        org.jooq.Condition where = LOT_INSPECTION.STAND_IN_EDITIONS.isNotNull()
                .and(DSL.condition("{0} = any(string_to_array({1}, chr(10)))", DSL.val(standInKey), LOT_INSPECTION.STAND_IN_EDITIONS))
                .and(LOT_INSPECTION.INSPECTION_DATE.ge(from)).and(LOT_INSPECTION.STATUS.eq(LotStatus.DECIDED.name()))
                .and(visible(scope));
        if (until != null) {
            where = where.and(LOT_INSPECTION.INSPECTION_DATE.le(until));
        }
        return dsl.fetchCount(LOT_INSPECTION, where);
    }
}
