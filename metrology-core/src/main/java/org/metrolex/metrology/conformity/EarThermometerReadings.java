package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.mpe.VerificationKind;

/** Readings of an infrared ear thermometer verification (JJG 1164-2019): reference and indicated temperature, °C. */
public record EarThermometerReadings(VerificationKind kind, List<Point> points) implements VerificationReadings {

    public EarThermometerReadings {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public record Point(BigDecimal referenceC, BigDecimal indicationC) {
    }
}
