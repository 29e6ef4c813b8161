package org.metrolex.metrology.comparison;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Grubbs' test for one outlier among n results (GB/T 4883-2008; ISO 5725-2:1994 7.3.4; used for
 * comparison data in JJF 1117 practice and CNAS-GL002).
 *
 * <p>G = |x_extreme − x̄|/s with s the sample standard deviation (n − 1). The critical value is
 * computed, not read from a printed table:
 * <pre>
 *   G_crit = (n − 1)/√n · √( t² / (n − 2 + t²) ),   t = t_{1 − α/n}(n − 2)    one-sided
 *                                                   t = t_{1 − α/(2n)}(n − 2) two-sided
 * </pre>
 * with the t quantile from commons-math {@link TDistribution}; the printed tables are not shipped as
 * data. The formula gives n = 10, α = 0.05: 2.290 two-sided (ISO 5725-2 Table 5's "5 %" column) and
 * 2.176 one-sided; n = 7: 2.020 and 1.938 (the one-sided value of textbook tables). The result is an
 * outlier when G &gt; G_crit.
 *
 * @param g           the statistic G (unrounded)
 * @param critical    G_crit
 * @param alpha       significance level
 * @param alternative which extreme was tested
 * @param n           number of results
 * @param suspectLabId the laboratory with the extreme value examined
 * @param suspectValue its value
 * @param outlier     G &gt; G_crit
 */
public record Grubbs(double g, double critical, double alpha, GrubbsAlternative alternative, int n,
                         String suspectLabId, double suspectValue, boolean outlier) {

    /** A laboratory id with a value; for data without uncertainties. */
    public record LabValue(String labId, double value) {
    }

    public static Grubbs of(List<LabValue> values, GrubbsAlternative alternative, double alpha) {
        if (values == null || alternative == null) {
            throw new IllegalArgumentException("values and alternative are required (数据和检验方向不能为空)");
        }
        int n = values.size();
        InputChecks.atLeast("values", n, 3, "the Grubbs test", "格拉布斯检验");
        InputChecks.probability("alpha", alpha);
        InputChecks.uniqueIds("values", values.stream().map(LabValue::labId).toList());
        double sum = 0;
        for (int i = 0; i < n; i++) {
            InputChecks.finite("values[" + i + "].value", values.get(i).value());
            sum += values.get(i).value();
        }
        double mean = sum / n;
        double ss = 0;
        LabValue max = values.get(0);
        LabValue min = values.get(0);
        for (LabValue v : values) {
            ss += (v.value() - mean) * (v.value() - mean);
            if (v.value() > max.value()) {
                max = v;
            }
            if (v.value() < min.value()) {
                min = v;
            }
        }
        double s = Math.sqrt(ss / (n - 1));
        if (s == 0) {
            throw new IllegalArgumentException("values: all " + n + " values are equal, the Grubbs statistic is undefined (所有数值相同, 无法进行格拉布斯检验)");
        }
        LabValue suspect = switch (alternative) {
            case MAXIMUM -> max;
            case MINIMUM -> min;
            case TWO_SIDED, ONE_SIDED -> (max.value() - mean) >= (mean - min.value()) ? max : min;
        };
        double g = Math.abs(suspect.value() - mean) / s;
        double crit = criticalValue(n, alpha, alternative);
        return new Grubbs(g, crit, alpha, alternative, n, suspect.labId(), suspect.value(), g > crit);
    }

    public static Grubbs ofResults(List<LabResult> results, GrubbsAlternative alternative, double alpha) {
        ReferenceValues.check(results, 3);
        return of(results.stream().map(r -> new LabValue(r.labId(), r.valueAsDouble())).toList(), alternative, alpha);
    }

    /** G_crit(n, α) by the t formula on the class; n ≥ 3. */
    public static double criticalValue(int n, double alpha, GrubbsAlternative alternative) {
        InputChecks.atLeast("n", n, 3, "the Grubbs test", "格拉布斯检验");
        InputChecks.probability("alpha", alpha);
        double tail = alternative == GrubbsAlternative.TWO_SIDED ? alpha / (2.0 * n) : alpha / n;
        double t = new TDistribution(null, n - 2).inverseCumulativeProbability(1 - tail);
        return (n - 1) / Math.sqrt(n) * Math.sqrt(t * t / (n - 2 + t * t));
    }
}
