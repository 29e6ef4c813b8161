package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.mpe.VerificationKind;

/**
 * Readings of one water meter verification (JJG 162-2019 / OIML R 49): per test flow rate the water
 * temperature, the meter's indicated volume and the reference volume.
 */
public record WaterMeterReadings(int meterClass, BigDecimal q1, BigDecimal q4, VerificationKind kind, List<Point> points)
        implements VerificationReadings {

    public WaterMeterReadings {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public record Point(BigDecimal flowRate, BigDecimal waterTemperatureC, BigDecimal indicated, BigDecimal reference) {
    }
}
