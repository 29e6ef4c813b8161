package org.metrolex.metrology.comparison;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways of obtaining a Comparison's referenceValue from the participants' {@link LabResult}s
 * (JJF 1117-2010 计量比对; ISO 13528:2022 clause 7.7; CNAS-GL002). Every method takes the results
 * that enter the reference — pass the pilot only, or the subset left after excluding inconsistent
 * laboratories, when that is what the protocol says — and records them as
 * {@link ReferenceValue#contributors()}.
 */
public final class ReferenceValues {

    private ReferenceValues() {
    }

    /**
     * Arithmetic mean ȳ = Σyᵢ/m. u(ȳ) = √(Σuᵢ²)/m: the law of propagation (JJF 1059.1 / GUM 5.1.2)
     * applied to the mean of m independent results with their stated uᵢ. The dispersion-based
     * alternative s/√m is not used because with few laboratories it is itself very uncertain.
     */
    public static ReferenceValue arithmeticMean(List<LabResult> results) {
        check(results, 2);
        double sum = 0;
        double sumU2 = 0;
        for (LabResult r : results) {
            sum += r.valueAsDouble();
            double u = r.standardUncertainty();
            sumU2 += u * u;
        }
        int m = results.size();
        return new ReferenceValue(ReferenceMethod.ARITHMETIC_MEAN, sum / m, Math.sqrt(sumU2) / m, ids(results),
                "u(ȳ) = √(Σuᵢ²)/m");
    }

    /**
     * Weighted mean Y = Σ(yᵢ/uᵢ²)/Σ(1/uᵢ²) with u(Y) = (Σ1/uᵢ²)^−½, uᵢ = Uᵢ/kᵢ (JJF 1117-2010;
     * RULES.md §2, tag [M]; reproduced by the 2014 registered-metrologist exam example).
     */
    public static ReferenceValue weightedMean(List<LabResult> results) {
        check(results, 2);
        double sumW = 0;
        double sumWy = 0;
        for (LabResult r : results) {
            double u = r.standardUncertainty();
            double w = 1 / (u * u);
            sumW += w;
            sumWy += w * r.valueAsDouble();
        }
        return new ReferenceValue(ReferenceMethod.WEIGHTED_MEAN, sumWy / sumW, 1 / Math.sqrt(sumW), ids(results),
                "u(Y) = (Σ1/uᵢ²)^−½");
    }

    /**
     * Median of the yᵢ (for an even count the mean of the two middle values). u = 1.25·MADe/√p with
     * MADe = 1.483·median|yᵢ − med| — ISO 13528:2022 clause 7.7.3, with the robust standard deviation
     * taken as the scaled median absolute deviation (C.2.2). The laboratories' own uᵢ are not used.
     */
    public static ReferenceValue median(List<LabResult> results) {
        check(results, 2);
        double[] x = results.stream().mapToDouble(LabResult::valueAsDouble).toArray();
        double med = median(x);
        double made = madE(x, med);
        return new ReferenceValue(ReferenceMethod.MEDIAN, med, 1.25 * made / Math.sqrt(x.length), ids(results),
                "u(med) = 1.25·MADe/√p, MADe = 1.483·median|yᵢ − med|");
    }

    /** Median of the values (they are not modified). For an even count, the mean of the two middle values. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values: the median needs at least one value (中位数至少需要一个数值)");
        }
        InputChecks.finiteValues("values", values);
        double[] s = values.clone();
        Arrays.sort(s);
        return medianOfSorted(s);
    }

    static double medianOfSorted(double[] s) {
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** MADe = 1.483·median|xᵢ − center| (ISO 13528:2022 C.2.2, the constant 1.483 ≈ 1/Φ⁻¹(0.75)). */
    static double madE(double[] values, double center) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = Math.abs(values[i] - center);
        }
        Arrays.sort(d);
        return 1.483 * medianOfSorted(d);
    }

    static void check(List<LabResult> results, int minimum) {
        if (results == null) {
            throw new IllegalArgumentException("labResults is required (比对结果不能为空)");
        }
        InputChecks.atLeast("labResults", results.size(), minimum, "a comparison", "比对");
        InputChecks.uniqueIds("labResults", results.stream().map(LabResult::labId).toList());
    }

    private static Set<String> ids(List<LabResult> results) {
        Set<String> ids = new LinkedHashSet<>();
        results.forEach(r -> ids.add(r.labId()));
        return ids;
    }
}
