package org.metrolex.metrology.uncertainty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.metrolex.metrology.rounding.ReportedResult;

/**
 * The summary of a Monte Carlo propagation of distributions (JCGM 101 7.6, 7.7): the estimate y (mean of
 * the M model values), u(y) (their standard deviation, divisor M − 1), and the shortest and the
 * probabilistically symmetric coverage intervals for the coverage probability p.
 *
 * @param runs     number of runs h of the adaptive procedure (JCGM 101 7.9.4); 1 for a fixed M
 * @param stable   false only when the adaptive procedure hit its cap on M before the results stabilised
 */
public record MonteCarloResult(long trials, double estimate, double standardUncertainty, double probability,
                               Interval shortest, Interval symmetric, int runs, boolean stable, long seed) {

    /** A coverage interval [y_low, y_high]. */
    public record Interval(double low, double high) {
        public double length() {
            return high - low;
        }
    }

    public enum IntervalKind {
        /** JCGM 101 7.7.2: 2.5 % of the values below, 2.5 % above (for p = 95 %). */
        PROBABILISTICALLY_SYMMETRIC,
        /** JCGM 101 7.7.3: the shortest of all intervals holding a fraction p of the values. */
        SHORTEST
    }

    /**
     * JCGM 101 8.2: the GUF interval y ± U_p is validated at ndig significant digits of u(y) when
     * d_low = |y − U_p − y_low| and d_high = |y + U_p − y_high| are both at most δ.
     */
    public record Validation(double dLow, double dHigh, double tolerance, Interval guf, Interval mcm, boolean passed) {
    }

    public Interval interval(IntervalKind kind) {
        return kind == IntervalKind.SHORTEST ? shortest : symmetric;
    }

    /**
     * JCGM 101 8.2 against the probabilistically symmetric interval. The GUF interval y ± U_p is itself
     * probabilistically symmetric; and where the output density is symmetric the shortest interval's
     * position is poorly determined (its length is flat to first order in a shift, so sampling noise
     * moves both endpoints by several quantile standard errors, e.g. ± 0.06 for u = 2 at M = 10⁶). Use
     * {@link #validate(UncertaintyBudget, int, IntervalKind)} with SHORTEST for a clearly skewed output.
     */
    public Validation validate(UncertaintyBudget guf, int ndig) {
        return validate(guf, ndig, IntervalKind.PROBABILISTICALLY_SYMMETRIC);
    }

    public Validation validate(UncertaintyBudget guf, int ndig, IntervalKind kind) {
        if (Math.abs(guf.coverage().probability() - probability) > 1e-12) {
            throw Refusal.of("coverage probability of the GUF budget", "GUF 不确定度评定的包含概率",
                    "must equal the Monte Carlo coverage probability " + probability + " (JCGM 101 8.2)",
                    "必须与蒙特卡洛法的包含概率 " + probability + " 相同（JCGM 101 8.2）", guf.coverage().probability());
        }
        double delta = numericalTolerance(guf.combinedStandardUncertainty(), ndig);
        double y = guf.estimate();
        double expanded = guf.expandedUncertainty();
        Interval mcm = interval(kind);
        double dLow = Math.abs(y - expanded - mcm.low());
        double dHigh = Math.abs(y + expanded - mcm.high());
        return new Validation(dLow, dHigh, delta, new Interval(y - expanded, y + expanded), mcm,
                dLow <= delta && dHigh <= delta);
    }

    /**
     * JCGM 101 7.9.2: write z to ndig significant digits as c × 10^l with c an ndig-digit integer; the
     * numerical tolerance is δ = ½·10^l.
     */
    public static double numericalTolerance(double z, int ndig) {
        if (ndig < 1 || ndig > 15) {
            throw Refusal.of("ndig", "有效数字位数 ndig", "must be between 1 and 15 (JCGM 101 7.9.2)",
                    "必须在 1 到 15 之间（JCGM 101 7.9.2）", ndig);
        }
        Refusal.positive(z, "value for the numerical tolerance", "计算数值容差的量值");
        BigDecimal r = new BigDecimal(z).round(new MathContext(ndig, RoundingMode.HALF_EVEN));
        int l = r.precision() - r.scale() - ndig;
        return 0.5 * Math.pow(10, l);
    }

    /** y with u(y)·k as reported (JJF 1059.1-2012 5.3.8), for a caller that states a k; usually the interval is reported. */
    public ReportedResult reported(double coverageFactor) {
        Refusal.positive(coverageFactor, "coverage factor k", "包含因子 k");
        return ReportedResult.of(BigDecimal.valueOf(estimate), BigDecimal.valueOf(coverageFactor * standardUncertainty));
    }
}
