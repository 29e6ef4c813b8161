package org.metrolex.metrology.comparison;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Whether the participants' results agree with a weighted-mean referenceValue within their stated
 * uncertainties (JJF 1117-2010; RULES.md §2, tag [M]):
 *
 * <ul>
 *   <li>χ² test: χ²obs = Σ(yᵢ − Y)²/uᵢ² against the upper α quantile χ²_α(m − 1) (default α = 0.05);
 *       consistent when χ²obs ≤ χ²_α(m − 1). The quantile comes from commons-math
 *       {@link ChiSquaredDistribution}.</li>
 *   <li>Birge ratio R_B = √(χ²obs/(m − 1)), consistent when R_B ≤ √(1 + √(8/(m − 1))).</li>
 * </ul>
 *
 * The degrees of freedom are m − 1 because Y was estimated from the same m results: pass the
 * results that entered the reference. Both criteria are reported; they can disagree near the edge.
 *
 * @param chiSquaredObserved  χ²obs
 * @param degreesOfFreedom    m − 1
 * @param alpha               significance level of the χ² test
 * @param chiSquaredCritical  χ²_α(m − 1), the (1 − α) quantile
 * @param chiSquaredConsistent χ²obs ≤ χ²_α(m − 1)
 * @param birgeRatio          R_B
 * @param birgeCriterion      √(1 + √(8/(m − 1)))
 * @param birgeConsistent     R_B ≤ criterion
 */
public record ConsistencyCheck(double chiSquaredObserved, int degreesOfFreedom, double alpha, double chiSquaredCritical,
                               boolean chiSquaredConsistent, double birgeRatio, double birgeCriterion,
                               boolean birgeConsistent) {

    public static final double DEFAULT_ALPHA = 0.05;

    public static ConsistencyCheck of(List<LabResult> results, ReferenceValue reference) {
        return of(results, reference, DEFAULT_ALPHA);
    }

    public static ConsistencyCheck of(List<LabResult> results, ReferenceValue reference, double alpha) {
        ReferenceValues.check(results, 2);
        InputChecks.probability("alpha", alpha);
        if (reference == null) {
            throw new IllegalArgumentException("reference is required (参考值不能为空)");
        }
        double chi2 = 0;
        for (LabResult r : results) {
            double u = r.standardUncertainty();
            double d = r.valueAsDouble() - reference.value();
            chi2 += d * d / (u * u);
        }
        int nu = results.size() - 1;
        double critical = new ChiSquaredDistribution(null, nu).inverseCumulativeProbability(1 - alpha);
        double rb = Math.sqrt(chi2 / nu);
        double rbLimit = Math.sqrt(1 + Math.sqrt(8.0 / nu));
        return new ConsistencyCheck(chi2, nu, alpha, critical, chi2 <= critical, rb, rbLimit, rb <= rbLimit);
    }

    /** Both criteria pass. */
    public boolean consistent() {
        return chiSquaredConsistent && birgeConsistent;
    }
}
