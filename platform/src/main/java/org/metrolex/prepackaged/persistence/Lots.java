package org.metrolex.prepackaged.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.domain.DecisionSummary;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.domain.TareMode;

/**
 * Stored lot inspections. Every read takes the caller's {@link DataScope}: officers by the producer's
 * region, the producer (enterprise user) its own lots, anyone else nothing.
 */
public interface Lots {

    /** A decided lot as counted by the statistics. */
    record DecidedLot(long producerId, String regionCode, LocalDate inspectionDate, boolean accepted) {
    }

    ResultPage<Lot> search(DataScope scope, LotQuery query, int page, int size);

    Optional<Lot> find(DataScope scope, long id);

    /** Decided lots with an inspection date in [from, to]. */
    List<DecidedLot> findDecided(DataScope scope, LocalDate from, LocalDate to);

    long insert(long producerId, String producerName, String producerCreditCode, String regionCode, String productName,
                String brand, String batchNo, BigDecimal nominalValue, String nominalUnit, int lotSize, int sampleSize,
                long seed, List<Integer> sampleNumbers, LocalDate inspectionDate, String inspectorUsername,
                String inspectorName, Long spotCheckTaskId, long ruleBookRevision);

    /** Decided lots in scope inspected from {@code from} to {@code until} (null: open) with the stand-in edition ("rule-id|regulation"). */
    long countDecidedWithStandIn(DataScope scope, String standInKey, LocalDate from, LocalDate until);

    /** Replaces the readings and the decision summary; status DECIDED. */
    void recordReadings(long id, TareMode mode, BigDecimal averageTare, List<PackageReading> readings, DecisionSummary decision);

    void linkSpotCheck(long id, Long spotCheckTaskId);

    /**
     * Decided and accepted lots per producer, unscoped by design: the public C-mark list publishes each
     * listed producer's inspection results (counts only). Index 0 decided, 1 accepted.
     */
    Map<Long, long[]> publicResultsOf(Collection<Long> producerIds);

    /** Whether any lot exists at all (the demo loader fills an empty module only). */
    boolean anyForDemo();
}
