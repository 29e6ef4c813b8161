package org.metrolex.metrology.uncertainty;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * How the coverage factor k is chosen for the expanded uncertainty U = k·u_c.
 *
 * <ul>
 *   <li>{@link #studentT(double)}: k = t_p(ν_eff), the two-sided Student t quantile with ν_eff from
 *       Welch–Satterthwaite truncated to the next lower integer (GUM G.4.1, G.6.4); the normal quantile
 *       when ν_eff = ∞. Needs uncorrelated inputs.</li>
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

    /** k for the given ν_eff (already truncated by the caller, GUM G.6.4); ignored for a fixed k. */
    double factor(double truncatedDegreesOfFreedom) {
        if (!fromStudentT) {
            return fixedFactor;
        }
        double tail = (1 + probability) / 2;
        if (Double.isInfinite(truncatedDegreesOfFreedom)) {
            return new NormalDistribution(0, 1).inverseCumulativeProbability(tail);
        }
        return new TDistribution(truncatedDegreesOfFreedom).inverseCumulativeProbability(tail);
    }
}
