package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * The decision on one inspection lot (检验批) of prepackaged goods, JJF 1070-2005 4.3 and 附表4: every
 * package's shortfall and defect class, the mean criterion, the defect counts, the overall decision and
 * the rule editions that decided it.
 *
 * <p>All figures are in the base unit of Qn's kind (g, mL, m, m², count) at full precision; the mean
 * is computed with {@link java.math.MathContext#DECIMAL64} and s likewise. Round only for display
 * ({@link #display}).
 *
 * @param nominal            Qn
 * @param plan               the sampling plan used (n, λ, allowed counts)
 * @param tolerableShortfall T
 * @param packages           one result per tested package, in the order given
 * @param t1Count            packages with T < d ≤ 2T
 * @param t2Count            packages with d > 2T
 * @param mean               q̄, or null where the plan has no mean test (N ≤ 10)
 * @param standardDeviation  s with n − 1, or null where the plan has no mean test
 * @param meanLimit          Qn − λ·s, or null where the plan has no mean test
 * @param criteria           the mean, T1 and T2 criteria with their outcomes
 * @param accepted           true iff no criterion failed (批合格)
 * @param editions           the rule editions that decided: tolerable shortfall, then sampling plan
 */
public record LotDecision(NominalQuantity nominal, SamplingPlan plan, TolerableShortfall tolerableShortfall,
                          List<PackageResult> packages, int t1Count, int t2Count, BigDecimal mean,
                          BigDecimal standardDeviation, BigDecimal meanLimit, List<Criterion> criteria,
                          boolean accepted, List<RuleEdition> editions) {

    /** Decimals used in reasons and by {@link #display}. */
    public static final int DISPLAY_DECIMALS = 4;

    /** How one package's shortfall d = Qn − q compares with T (d = T exactly is not a defect). */
    public enum Defect {
        /** d ≤ T. */
        NONE,
        /** T < d ≤ 2T. */
        T1,
        /** d > 2T. */
        T2
    }

    public enum Outcome {
        PASS, FAIL, NOT_APPLICABLE
    }

    /**
     * @param position  1-based position in the list of actual contents
     * @param actual    the actual content q in the base unit
     * @param shortfall d = Qn − q (negative when the package holds more than Qn)
     * @param defect    its class
     */
    public record PackageResult(int position, BigDecimal actual, BigDecimal shortfall, Defect defect) {
    }

    public enum CriterionKind {
        /** q̄ ≥ Qn − λ·s (JJF 1070-2005 4.3.2). */
        MEAN,
        /** number of packages with T < d ≤ 2T at most the plan's allowance (4.3.1, 附表4). */
        T1_COUNT,
        /** number of packages with d > 2T at most the plan's allowance (4.3.1, 附表4). */
        T2_COUNT
    }

    /**
     * One criterion of the lot decision; the reasons are worded on demand (bulk imports rarely read them).
     *
     * @param observed the mean, or the defect count
     * @param limit    Qn − λ·s, or the allowed count
     */
    public record Criterion(CriterionKind kind, Outcome outcome, BigDecimal observed, BigDecimal limit, String unit) {

        public String reasonZh() {
            return switch (kind) {
                case MEAN -> outcome == Outcome.NOT_APPLICABLE
                        ? "批量 1~10 只检单件，不计算平均实际含量"
                        : "平均实际含量 q̄ = " + display(observed).toPlainString() + " " + unit
                          + (outcome == Outcome.PASS ? " ≥ " : " < ") + "Qn − λ·s = " + display(limit).toPlainString()
                          + " " + unit + (outcome == Outcome.PASS ? "，合格" : "，不合格");
                case T1_COUNT -> "T < d ≤ 2T 的件数 " + observed + (outcome == Outcome.PASS ? " ≤ " : " > ")
                        + "允许数 " + limit + (outcome == Outcome.PASS ? "，合格" : "，不合格");
                case T2_COUNT -> "d > 2T 的件数 " + observed + (outcome == Outcome.PASS ? " ≤ " : " > ")
                        + "允许数 " + limit + (outcome == Outcome.PASS ? "，合格" : "，不合格");
            };
        }

        public String reasonEn() {
            return switch (kind) {
                case MEAN -> outcome == Outcome.NOT_APPLICABLE
                        ? "lot of 1 to 10 packages: each package only, no mean test"
                        : "mean actual content " + display(observed).toPlainString() + " " + unit
                          + (outcome == Outcome.PASS ? " ≥ " : " < ") + "Qn − λ·s = " + display(limit).toPlainString()
                          + " " + unit + (outcome == Outcome.PASS ? ": pass" : ": fail");
                case T1_COUNT -> observed + " package(s) with T < d ≤ 2T, " + limit + " allowed"
                        + (outcome == Outcome.PASS ? ": pass" : ": fail");
                case T2_COUNT -> observed + " package(s) with d > 2T, " + limit + " allowed"
                        + (outcome == Outcome.PASS ? ": pass" : ": fail");
            };
        }
    }

    /** A figure rounded for display (GB/T 8170 half-even to {@value #DISPLAY_DECIMALS} decimals). */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : value.setScale(DISPLAY_DECIMALS, RoundingMode.HALF_EVEN);
    }

    public Criterion criterion(CriterionKind kind) {
        return criteria.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    /** "JJF 1070-2005 4.3.1 … ; JJF 1070-2005 5.4.3 …" — the editions that decided, for a report. */
    /** The editions in force whose values were not obtained, with the editions whose values decided instead. */
    public List<org.metrolex.metrology.rules.StandIn> standIns() {
        return org.metrolex.metrology.rules.StandIn.among(editions);
    }

    public String citation() {
        return editions.stream().map(RuleEdition::citation).distinct().collect(Collectors.joining("; "));
    }

    /** 合格 / 不合格 with the failed criteria, one line per language. */
    public String summaryZh() {
        return (accepted ? "批合格" : "批不合格") + "（" + citation() + "）";
    }

    public String summaryEn() {
        return (accepted ? "lot accepted" : "lot rejected") + " (" + citation() + ")";
    }
}
