package org.metrolex.metrology.comparison;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Robust Algorithm A, ISO 13528:2022 Annex C.3.1 (= ISO 13528:2015 C.3.1, from ISO 5725-5;
 * CNAS-GL002:2018 Annex A; RULES.md §2 [V]):
 * <ol>
 *   <li>x* = median of xᵢ, s* = 1.483·median|xᵢ − x*| (C.3.1 eq. C.1, C.2);</li>
 *   <li>δ = 1.5·s*; xᵢ* = x* − δ if xᵢ &lt; x* − δ, x* + δ if xᵢ &gt; x* + δ, else xᵢ (C.3, C.4);</li>
 *   <li>x* = Σxᵢ* / p, s* = 1.134·√(Σ(xᵢ* − x*)²/(p − 1)) (C.5, C.6);</li>
 *   <li>repeat 2–3 until the {@link StoppingRule} is met.</li>
 * </ol>
 * u(x_pt) = 1.25·s* / √p (ISO 13528:2022 7.7.3).
 *
 * <p>Winsorising always starts from the original xᵢ, never from the previous iteration's xᵢ*.
 * The median of an even count is the mean of the two middle values. If more than half the values
 * are identical, s* = 0 and {@link ZeroRobustDeviationException} is thrown.
 *
 * <p>Property (tested): when the last iteration winsorises no value, x* is exactly the arithmetic
 * mean and s* = 1.134·s. All values lying within median ± 1.5·s*₀ is <em>not</em> enough: the first
 * update then gives the mean, but a later, smaller δ can still winsorise a value.
 */
public final class AlgorithmA {

    private AlgorithmA() {
    }

    public static RobustEstimate of(double[] values) {
        return of(values, StoppingRule.thirdSignificantFigure());
    }

    public static RobustEstimate of(List<LabResult> results, StoppingRule rule) {
        ReferenceValues.check(results, 2);
        return of(results.stream().mapToDouble(LabResult::valueAsDouble).toArray(), rule);
    }

    /** The robust average as a referenceValue (u = 1.25·s* / √p), all labs being contributors. */
    public static ReferenceValue referenceValue(List<LabResult> results, StoppingRule rule) {
        RobustEstimate e = of(results, rule);
        Set<String> ids = new LinkedHashSet<>();
        results.forEach(r -> ids.add(r.labId()));
        return new ReferenceValue(ReferenceMethod.ALGORITHM_A, e.robustMean(), e.uncertaintyOfMean(), ids,
                "u(x*) = 1.25·s* / √p (ISO 13528:2022 7.7.3)");
    }

    public static RobustEstimate of(double[] values, StoppingRule rule) {
        if (values == null) {
            throw new IllegalArgumentException("values is required (数据不能为空)");
        }
        if (rule == null) {
            throw new IllegalArgumentException("stoppingRule is required (迭代终止准则不能为空)");
        }
        int p = values.length;
        InputChecks.atLeast("values", p, 2, "Algorithm A", "算法A");
        InputChecks.finiteValues("values", values);

        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double x = ReferenceValues.medianOfSorted(sorted);
        double s = ReferenceValues.madE(sorted, x);
        if (s == 0) {
            throw zeroDeviation(sorted, x);
        }
        List<RobustEstimate.Iteration> report = new ArrayList<>();
        report.add(new RobustEstimate.Iteration(0, x, s, Double.NaN, 0));

        boolean converged = false;
        for (int it = 1; it <= rule.maxIterations(); it++) {
            RobustEstimate.Iteration next = step(it, sorted, x, s);
            report.add(next);
            boolean stop = unchanged(rule, x, s, next.robustMean(), next.robustStdDev());
            x = next.robustMean();
            s = next.robustStdDev();
            if (stop) {
                converged = true;
                break;
            }
        }
        return new RobustEstimate(x, s, 1.25 * s / Math.sqrt(p), p, report, converged, rule);
    }

    private static ZeroRobustDeviationException zeroDeviation(double[] sorted, double median) {
        int same = 0;
        for (double v : sorted) {
            if (v == median) {
                same++;
            }
        }
        return new ZeroRobustDeviationException(same, sorted.length, median);
    }

    /** One iteration (ISO 13528:2022 C.3.1): winsorise at x* ± 1.5 s*, then x* = mean, s* = 1.134 · sd. */
    private static RobustEstimate.Iteration step(int it, double[] sorted, double x, double s) {
        int p = sorted.length;
        double delta = 1.5 * s;
        double lo = x - delta;
        double hi = x + delta;
        double sum = 0;
        int winsorised = 0;
        for (double v : sorted) {
            if (v < lo) {
                sum += lo;
                winsorised++;
            } else if (v > hi) {
                sum += hi;
                winsorised++;
            } else {
                sum += v;
            }
        }
        double xNew = sum / p;
        double ss = 0;
        for (double v : sorted) {
            double w = v < lo ? lo : (v > hi ? hi : v);
            double d = w - xNew;
            ss += d * d;
        }
        return new RobustEstimate.Iteration(it, xNew, 1.134 * Math.sqrt(ss / (p - 1)), delta, winsorised);
    }

    private static boolean unchanged(StoppingRule rule, double xOld, double sOld, double xNew, double sNew) {
        if (rule.kind() == StoppingRule.Kind.RELATIVE_TOLERANCE) {
            double tol = rule.relativeTolerance() * sNew;
            return Math.abs(sNew - sOld) <= tol && Math.abs(xNew - xOld) <= tol;
        }
        if (sNew == sOld && xNew == xOld) {
            return true;
        }
        if (sNew == 0) {
            return false;
        }
        // Cheap exit: a change of more than one unit of the third figure always changes the rounded
        // figure. The unit is estimated from sNew's decade; rounding may carry s* into the next decade
        // (0.09996 → 0.100), so the margin is 20 estimated units ≥ 2 true units. Only near-equal
        // values need the exact decimal rounding below.
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(sNew))) - 2);
        if (Math.abs(sNew - sOld) > 20 * unit || Math.abs(xNew - xOld) > 20 * unit) {
            return false;
        }
        // Decimal position of s*'s third significant figure: 0.496… → 3, 12.3… → 1, 1234 → −1.
        BigDecimal sRounded = new BigDecimal(sNew).round(new MathContext(3, RoundingMode.HALF_EVEN));
        int position = sRounded.scale() - sRounded.precision() + 3;
        return sRounded.compareTo(new BigDecimal(sOld).setScale(position, RoundingMode.HALF_EVEN)) == 0
                && new BigDecimal(xNew).setScale(position, RoundingMode.HALF_EVEN)
                .compareTo(new BigDecimal(xOld).setScale(position, RoundingMode.HALF_EVEN)) == 0;
    }
}
