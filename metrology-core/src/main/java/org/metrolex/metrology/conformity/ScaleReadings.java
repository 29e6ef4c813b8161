package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;

/**
 * Readings of one verification of a non-automatic weighing instrument by the changepoint method
 * (OIML R 76-1 A.4.4.3; JJG 539): at each load L the indication I and the small weights ΔL added until
 * the indication changes by one e. Loads, indications and ΔL are in the unit of e ({@code unit}).
 *
 * @param zero             the weighing at or near zero; its error E₀ corrects all others (E_c = E − E₀)
 * @param loads            weighing test points (e.g. min, 500 e, 2000 e, 50 % Max, Max)
 * @param repeatability    several weighings of the same load; empty when not asked
 * @param eccentricity     weighings of one load at different positions; empty when not done
 * @param priceComputing   an electronic price-computing scale (its own regulation from 2027-01-08)
 */
public record ScaleReadings(ScaleClass scaleClass, BigDecimal e, BigDecimal max, String unit, VerificationKind kind,
                            boolean priceComputing, Weighing zero, List<Weighing> loads, List<Weighing> repeatability,
                            List<Weighing> eccentricity) implements VerificationReadings {

    public ScaleReadings {
        loads = loads == null ? List.of() : List.copyOf(loads);
        repeatability = repeatability == null ? List.of() : List.copyOf(repeatability);
        eccentricity = eccentricity == null ? List.of() : List.copyOf(eccentricity);
    }

    /** One weighing: load L, indication I, added small weights ΔL (0 if none). */
    public record Weighing(BigDecimal load, BigDecimal indication, BigDecimal addedWeights) {

        public static Weighing of(String load, String indication, String addedWeights) {
            return new Weighing(new BigDecimal(load), new BigDecimal(indication), new BigDecimal(addedWeights));
        }
    }
}
