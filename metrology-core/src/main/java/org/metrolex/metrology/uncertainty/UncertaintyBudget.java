package org.metrolex.metrology.uncertainty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.metrology.rounding.ReportedResult;

/**
 * The GUM uncertainty framework applied to a {@link MeasurementModel}: the budget table, u_c by the law
 * of propagation, ν_eff, k and U.
 *
 * <ul>
 *   <li>u_c²(y) = Σᵢ Σⱼ cᵢ cⱼ u(xᵢ) u(xⱼ) r(xᵢ, xⱼ) — GUM 5.1.2 (eq. 10) for independent inputs, 5.2.2
 *       (eq. 16) with correlations.</li>
 *   <li>ν_eff = u_c⁴ / Σ (cᵢ u(xᵢ))⁴/νᵢ — Welch–Satterthwaite, GUM G.4.1 (eq. G.2b). It assumes independent
 *       inputs, so it is refused when any correlation is non-zero.</li>
 *   <li>k = t_p(ν_eff) with ν_eff truncated to the next lower integer (GUM G.6.4), or a fixed k
 *       (JJF 1059.1-2012: k = 2); U = k·u_c (GUM 6.2.1).</li>
 * </ul>
 * Contribution % is (cᵢ u(xᵢ))²/u_c²; with correlations the cross terms are not attributed to a row, so
 * the column then does not add up to 100.
 */
public final class UncertaintyBudget {

    /** One line of the budget table (JJF 1059.1-2012 不确定度分量汇总表). */
    public record Row(String input, double estimate, double standardUncertainty, String distribution,
                      double sensitivity, MeasurementModel.SensitivityMethod sensitivityMethod, double contribution,
                      double degreesOfFreedom, double percent) {
    }

    private static final String WS_REFUSED =
            "Welch–Satterthwaite (GUM G.4.1) assumes independent input quantities; this model has non-zero "
                    + "correlation coefficients, so ν_eff is not evaluated: choose a fixed coverage factor (k = 2, "
                    + "JJF 1059.1) or use Monte Carlo (JCGM 101) / "
                    + "韦尔奇–萨特思韦特公式（GUM G.4.1）要求输入量彼此独立；本模型存在非零相关系数，不计算有效自由度 ν_eff："
                    + "请选用固定包含因子（k = 2，JJF 1059.1）或蒙特卡洛法（JCGM 101）";

    private final List<Row> rows;
    private final double estimate;
    private final double combined;
    private final boolean correlated;
    private final double effectiveDof;
    private final Coverage coverage;
    private final double k;

    private UncertaintyBudget(List<Row> rows, double estimate, double combined, boolean correlated,
                              double effectiveDof, Coverage coverage, double k) {
        this.rows = rows;
        this.estimate = estimate;
        this.combined = combined;
        this.correlated = correlated;
        this.effectiveDof = effectiveDof;
        this.coverage = coverage;
        this.k = k;
    }

    static UncertaintyBudget of(MeasurementModel model, Coverage coverage) {
        if (coverage == null) {
            throw Refusal.of("coverage", "包含因子选取方式", "must be given", "必须给出", null);
        }
        if (coverage.fromStudentT() && model.hasCorrelations()) {
            throw new IllegalArgumentException("coverage: k = t_p(ν_eff) needs ν_eff, and " + WS_REFUSED);
        }
        List<Input> inputs = model.inputs();
        int n = inputs.size();
        double[] c = model.sensitivityCoefficients();
        double[] cu = new double[n];
        // Sums are taken over cᵢu(xᵢ)/scale (scale = the largest |cᵢu(xᵢ)|), so that neither u_c² nor the
        // fourth powers of Welch–Satterthwaite under- or overflow for inputs near the limits of a double.
        double scale = 0;
        for (int i = 0; i < n; i++) {
            cu[i] = c[i] * inputs.get(i).standardUncertainty();
            scale = Math.max(scale, Math.abs(cu[i]));
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw Refusal.of("combined variance u_c²", "合成方差 u_c²",
                    "must be positive and finite: every sensitivity coefficient is zero or a contribution overflows",
                    "必须为正的有限数：灵敏系数全为零或某分量溢出", scale);
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = cu[i] / scale;
        }
        double relativeVariance = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                relativeVariance += r[i] * r[j] * model.correlation(i, j);
            }
        }
        if (!(relativeVariance > 0)) {
            throw Refusal.of("combined variance u_c²", "合成方差 u_c²",
                    "must be positive: every sensitivity coefficient is zero or the correlations cancel",
                    "必须为正：灵敏系数全为零或相关项相互抵消", relativeVariance * scale * scale);
        }
        double uc = scale * Math.sqrt(relativeVariance);
        double dof = Double.NaN;
        if (!model.hasCorrelations()) {
            // ν_eff = u_c⁴ / Σ (cᵢu(xᵢ))⁴/νᵢ = 1 / Σ (cᵢu(xᵢ)/u_c)⁴/νᵢ (GUM G.2b)
            double denominator = 0;
            for (int i = 0; i < n; i++) {
                double nu = inputs.get(i).degreesOfFreedom();
                if (!Double.isInfinite(nu)) {
                    double q = r[i] * r[i] / relativeVariance;
                    denominator += q * q / nu;
                }
            }
            dof = denominator == 0 ? Double.POSITIVE_INFINITY : 1 / denominator;
        }
        double variance = relativeVariance;
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Input in = inputs.get(i);
            rows.add(new Row(in.name(), in.estimate(), in.standardUncertainty(), in.distribution().label(), c[i],
                    model.sensitivityMethod(i), Math.abs(cu[i]), in.degreesOfFreedom(), 100 * r[i] * r[i] / variance));
        }
        double k = coverage.factor(truncate(dof));
        return new UncertaintyBudget(List.copyOf(rows), model.estimate(), uc, model.hasCorrelations(), dof, coverage, k);
    }

    /** GUM G.6.4: ν_eff is truncated to the next lower integer before t_p is read. */
    private static double truncate(double dof) {
        return Double.isNaN(dof) || Double.isInfinite(dof) ? dof : Math.max(1, Math.floor(dof));
    }

    public List<Row> rows() {
        return rows;
    }

    /** y = f(x₁ … x_N). */
    public double estimate() {
        return estimate;
    }

    /** u_c(y). */
    public double combinedStandardUncertainty() {
        return combined;
    }

    public boolean isWelchSatterthwaiteApplicable() {
        return !correlated;
    }

    /** ν_eff as computed (GUM G.4.1), not yet truncated; ∞ when every νᵢ is. */
    public double effectiveDegreesOfFreedom() {
        if (correlated) {
            throw new IllegalStateException(WS_REFUSED);
        }
        return effectiveDof;
    }

    /** ν_eff truncated to the next lower integer, the value t_p is read at (GUM G.6.4). */
    public double truncatedEffectiveDegreesOfFreedom() {
        return truncate(effectiveDegreesOfFreedom());
    }

    public Coverage coverage() {
        return coverage;
    }

    public double coverageFactor() {
        return k;
    }

    /** U = k·u_c (GUM 6.2.1). */
    public double expandedUncertainty() {
        return k * combined;
    }

    /** y and U as reported: U to two significant figures, y to the same decimal (JJF 1059.1-2012 5.3.8). */
    public ReportedResult reported() {
        return reported(RoundingMode.HALF_EVEN);
    }

    /**
     * As {@link #reported()} with the rounding of U chosen: {@link RoundingMode#UP} is JJF 1059.1's
     * 只进不舍 and GUM 7.2.6's "round up rather than to the nearest digit", so U is never understated.
     * U is rounded once, from k·u_c unrounded (GB/T 8170 3.3: no rounding in steps).
     */
    public ReportedResult reported(RoundingMode uncertaintyMode) {
        return ReportedResult.of(BigDecimal.valueOf(estimate), BigDecimal.valueOf(expandedUncertainty()), 2, uncertaintyMode);
    }
}
