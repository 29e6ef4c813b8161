package org.metrolex.prepackaged;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.metrolex.prepackaged.domain.LotStatus;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.domain.TareMode;

/**
 * A stored lot inspection. The decision fields summarise what metrology-core decided from the stored
 * readings (null while SAMPLED); {@code editions} names the rule editions, with "(unverified)" where a
 * table was not checked against the official text.
 *
 * @param sampleSeed      the seed the package numbers were drawn from (SampleSelection, reproducible)
 * @param sampleNumbers   the drawn package numbers 1..N, ascending
 * @param spotCheckTaskId the supervision spot-check task this lot belongs to, if any (no foreign key)
 * @param ruleBookRevision the rule book the lot was sampled with and is decided with (null: the shipped editions)
 * @param standInEditions  editions in force decided with another edition's values, "rule-id|regulation" per line
 */
public record Lot(long id, long producerEnterpriseId, String producerName, String producerCreditCode, String regionCode,
                  String productName, String brand, String batchNo, BigDecimal nominalValue, String nominalUnit, int lotSize,
                  int sampleSize, long sampleSeed, List<Integer> sampleNumbers, LocalDate inspectionDate,
                  String inspectorUsername, String inspectorName, LotStatus status, TareMode tareMode, BigDecimal averageTare,
                  Boolean accepted, Integer t1Count, Integer t2Count, BigDecimal tolerableShortfall, BigDecimal mean,
                  BigDecimal standardDeviation, BigDecimal meanLimit, String editions, Boolean anyUnverified,
                  OffsetDateTime decidedAt, Long spotCheckTaskId, int version, List<PackageReading> readings,
                  Long ruleBookRevision, String standInEditions) {

    public boolean decided() {
        return status == LotStatus.DECIDED;
    }

    /** "500 g" as marked. */
    public String nominal() {
        return nominalValue.stripTrailingZeros().toPlainString() + " " + nominalUnit;
    }
}
