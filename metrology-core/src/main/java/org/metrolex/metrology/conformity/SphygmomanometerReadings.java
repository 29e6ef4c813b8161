package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.mpe.VerificationKind;

/**
 * Readings of a sphygmomanometer verification (JJG 270-2008), kPa: the indication with no pressure
 * applied (zero), and the indication at each standard pressure.
 */
public record SphygmomanometerReadings(VerificationKind kind, BigDecimal zeroIndication, List<Point> points)
        implements VerificationReadings {

    public SphygmomanometerReadings {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public record Point(BigDecimal standardKpa, BigDecimal indicationKpa) {
    }
}
