package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.mpe.VerificationKind;

/** Readings of one diaphragm gas meter verification (JJG 577-2012): per flow rate, indicated and reference volume. */
public record GasMeterReadings(BigDecimal meterClass, BigDecimal qmin, BigDecimal qmax, VerificationKind kind, List<Point> points)
        implements VerificationReadings {

    public GasMeterReadings {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public record Point(BigDecimal flowRate, BigDecimal indicated, BigDecimal reference) {
    }
}
