package org.metrolex.metrology.comparison;

import java.util.Arrays;

/**
 * The normalised interquartile range NIQR = 0.7413·(Q3 − Q1), a robust standard deviation
 * (CNAS-GL002:2018 Annex A; ISO 13528:2022 C.2.3; 0.7413 ≈ 1/(2·Φ⁻¹(0.75)), so that NIQR estimates σ
 * for normal data). The robust z-score of CNAS practice is z = (x − median)/NIQR.
 *
 * @param lowerQuartile Q1
 * @param upperQuartile Q3
 * @param iqr           Q3 − Q1
 * @param niqr          0.7413·IQR, an unrounded double
 * @param median        the median (for the robust z-score)
 * @param convention    how Q1 and Q3 were computed
 */
public record Niqr(double lowerQuartile, double upperQuartile, double iqr, double niqr, double median,
                   QuartileConvention convention) {

    public static final double FACTOR = 0.7413;

    /** NIQR with the default convention {@link QuartileConvention#TUKEY_HINGES}. */
    public static Niqr of(double[] values) {
        return of(values, QuartileConvention.TUKEY_HINGES);
    }

    public static Niqr of(double[] values, QuartileConvention convention) {
        if (values == null || convention == null) {
            throw new IllegalArgumentException("values and quartile convention are required (数据和四分位数计算方法不能为空)");
        }
        InputChecks.atLeast("values", values.length, 2, "NIQR", "标准化四分位距");
        InputChecks.finiteValues("values", values);
        double[] s = values.clone();
        Arrays.sort(s);
        double q1;
        double q3;
        switch (convention) {
            case TUKEY_HINGES -> {
                int p = s.length;
                int half = (p + 1) / 2; // the lower half includes the middle value when p is odd
                q1 = ReferenceValues.medianOfSorted(Arrays.copyOfRange(s, 0, half));
                q3 = ReferenceValues.medianOfSorted(Arrays.copyOfRange(s, p - half, p));
            }
            case LINEAR_TYPE_7 -> {
                q1 = interpolate(s, (s.length - 1) * 0.25 + 1);
                q3 = interpolate(s, (s.length - 1) * 0.75 + 1);
            }
            case WEIBULL_TYPE_6 -> {
                q1 = interpolate(s, (s.length + 1) * 0.25);
                q3 = interpolate(s, (s.length + 1) * 0.75);
            }
            default -> throw new IllegalStateException(convention.name());
        }
        double iqr = q3 - q1;
        return new Niqr(q1, q3, iqr, FACTOR * iqr, ReferenceValues.medianOfSorted(s), convention);
    }

    /** Value at 1-based position h between order statistics, clamped to the data's range. */
    private static double interpolate(double[] s, double h) {
        if (h <= 1) {
            return s[0];
        }
        if (h >= s.length) {
            return s[s.length - 1];
        }
        int lower = (int) Math.floor(h);
        double fraction = h - lower;
        return s[lower - 1] + fraction * (s[lower] - s[lower - 1]);
    }

    /** Robust z = (x − median)/NIQR (CNAS-GL002:2018 Annex A), unrounded. */
    public double robustZ(double x) {
        InputChecks.finite("x", x);
        if (niqr == 0) {
            throw new IllegalArgumentException("niqr: NIQR is 0 (Q1 = Q3), robust z is undefined (标准化四分位距为零, 无法计算稳健 z 比分数)");
        }
        return (x - median) / niqr;
    }
}
