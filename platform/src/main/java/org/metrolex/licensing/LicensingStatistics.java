package org.metrolex.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Licensing figures for a period (the seed: 743 accepted, 601 completed in 2020 up to November).
 *
 * @param accepted  applications accepted in the period (by commitment included)
 * @param completed applications completed (办结: issued, refused, granted by commitment) in the period
 * @param onTime    of the completed ones, those within the overall limit
 */
public record LicensingStatistics(LocalDate from, LocalDate to, List<Row> byProcedure, List<Row> byRegion) {

    /**
     * @param averageDays    average working days counted on the overall clock of completed applications (1 decimal, GB/T 8170)
     * @param averageStepDays average working days per step over the steps ended in the period
     */
    public record Row(String key, String labelZh, String labelEn, long accepted, long completed, long onTime,
                      BigDecimal averageDays, Map<String, BigDecimal> averageStepDays) {
    }
}
