package org.metrolex.metrology.uncertainty;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * How the coverage factor k is chosen for the expanded uncertainty U = k·u_c.
 *
 * <ul>
 *   <li>{@link #studentT(double)}: k = t_p(ν_eff), the two-sided Student t quantile with ν_eff from
 *       Welch–Satterthwaite truncated to the next lower integer (GUM G.4.1, G.6.4); the normal quantile
 *       when ν_eff = ∞ or above {@link #NORMAL_ABOVE_DEGREES_OF_FREEDOM}. Needs uncorrelated inputs.</li>
 *   <li>{@link #k2()}: k = 2 for p ≈ 95 %, the JJF 1059.1-2012 default (5.3) when ν_eff is large enough
 *       or not evaluated; {@link #fixed(double, double)} for another stated k (e.g. k = 3, p ≈ 99 %).</li>
 * </ul>
 */
public record Coverage(double probability, boolean fromStudentT, double fixedFactor) {

    public Coverage {
        if (!(probability > 0 && probability < 1)) {
            throw Refusal.of("coverage probability p", "包含概率 p", "must lie strictly between 0 and 1", "必须在 0 与 1 之间",
                    probability);
        }
        if (!fromStudentT) {
            Refusal.positive(fixedFactor, "coverage factor k", "包含因子 k");
        }
    }

    /** k = t_p(ν_eff); p = 0.95 or 0.99 in practice. */
    public static Coverage studentT(double probability) {
        return new Coverage(probability, true, Double.NaN);
    }

    /** k = 2, p ≈ 95 % (JJF 1059.1-2012 default). */
    public static Coverage k2() {
        return fixed(2, 0.95);
    }

    /** A stated k with the nominal coverage probability it is taken to give. */
    public static Coverage fixed(double k, double nominalProbability) {
        return new Coverage(nominalProbability, false, k);
    }

    /**
     * Above this ν the coverage factor is the normal quantile z_p instead of t_p(ν). The two differ by
     * (z³ + z)/(4ν) to first order (Abramowitz &amp; Stegun 26.7.5): at ν = 10⁸ less than 1.4·10⁻⁷ for
     * p ≤ 0.9999, far below the sixth significant figure k is printed to; and commons-math's t quantile,
     * accurate to about 10⁻⁸ relative up to here, loses figures above it (1.95977 instead of 1.95996
     * at ν = 1.2·10¹², nonsense near 10¹⁷). t_p(ν) tends to z_p, so nothing is lost by switching.
     */
    public static final double NORMAL_ABOVE_DEGREES_OF_FREEDOM = 1e8;

    /** Absolute accuracy asked of the t quantile's root finder (its default, 10⁻⁹, shows in the 9th figure). */
    private static final double QUANTILE_ACCURACY = 1e-15;

    /** k for the given ν_eff (already truncated by the caller, GUM G.6.4); ignored for a fixed k. */
    double factor(double truncatedDegreesOfFreedom) {
        if (!fromStudentT) {
            return fixedFactor;
        }
        return studentTQuantile(probability, truncatedDegreesOfFreedom);
    }

    /**
     * The two-sided coverage factor t_p(ν): the (1 + p)/2 quantile of Student's t with ν degrees of
     * freedom (GUM G.3.4, Table G.2); ν may be non-integer; ν = ∞ or ν above
     * {@link #NORMAL_ABOVE_DEGREES_OF_FREEDOM} gives the normal quantile z_p.
     */
    public static double studentTQuantile(double probability, double degreesOfFreedom) {
        if (!(probability > 0 && probability < 1)) {
            throw Refusal.of("coverage probability p", "包含概率 p", "must lie strictly between 0 and 1", "必须在 0 与 1 之间",
                    probability);
        }
        Refusal.degreesOfFreedom(degreesOfFreedom, "degrees of freedom ν", "自由度 ν");
        double tail = (1 + probability) / 2;
        if (degreesOfFreedom > NORMAL_ABOVE_DEGREES_OF_FREEDOM) {
            return new NormalDistribution(null, 0, 1, QUANTILE_ACCURACY).inverseCumulativeProbability(tail);
        }
        return new TDistribution(null, degreesOfFreedom, QUANTILE_ACCURACY).inverseCumulativeProbability(tail);
    }
}
