package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metrolex.metrology.prepackage.LotDecision.Criterion;
import org.metrolex.metrology.prepackage.LotDecision.CriterionKind;
import org.metrolex.metrology.prepackage.LotDecision.Defect;
import org.metrolex.metrology.prepackage.LotDecision.Outcome;
import org.metrolex.metrology.prepackage.LotDecision.PackageResult;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * The lot decision of JJF 1070-2005 (计量检验, 4.3 and 5.4; 办法 2005 附表4). A lot passes iff
 * <ol>
 *   <li>the mean actual content q̄ ≥ Qn − λ·s, with s the sample standard deviation (n − 1) and λ as
 *       printed for the plan (4.3.2) — not tested for lots of 1 to 10;</li>
 *   <li>at most the allowed number of packages have T < d ≤ 2T (4.3.1);</li>
 *   <li>no package has d > 2T (the printed allowance is 0 in every row).</li>
 * </ol>
 * d = Qn − q; d = T exactly is not a defect. Where T = 0 (附表3: 不允许出现短缺量) any shortfall is
 * d > 2T = 0, a T2 defect. Stateless and thread-safe.
 */
public final class LotInspection {

    private static final MathContext MC = MathContext.DECIMAL64;

    /**
     * An actual content above this multiple of Qn is refused: no package holds ten times its marked
     * quantity, so such a value is a unit or typing error (grams typed for a nominal in kilograms), and
     * letting it in would pass the mean test of any lot.
     */
    public static final BigDecimal MAX_CONTENT_FACTOR = BigDecimal.TEN;

    private final TolerableShortfalls shortfalls;
    private final SamplingPlans plans;

    public LotInspection(TolerableShortfalls shortfalls, SamplingPlans plans) {
        this.shortfalls = Objects.requireNonNull(shortfalls, "shortfalls");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    /** The editions in force on the date of the inspection. */
    public static LotInspection inForce(RuleBook book, LocalDate date) {
        return new LotInspection(TolerableShortfalls.inForce(book, date), SamplingPlans.inForce(book, date));
    }

    public TolerableShortfalls shortfalls() {
        return shortfalls;
    }

    public SamplingPlans plans() {
        return plans;
    }

    /**
     * Decides a lot.
     *
     * @param nominal        Qn with its unit
     * @param lotSize        N
     * @param actualContents the actual contents q of exactly n sampled packages, in Qn's stated unit
     */
    public LotDecision decide(NominalQuantity nominal, int lotSize, List<BigDecimal> actualContents) {
        Objects.requireNonNull(nominal, "nominal");
        SamplingPlan plan = plans.forLot(lotSize);
        TolerableShortfall t = shortfalls.of(nominal);
        if (actualContents == null || actualContents.size() != plan.sampleSize()) {
            throw new InvalidPrepackageInput("actualContents", "the sampling plan " + plan.edition().citation()
                    + " for lot size N = " + lotSize + " requires n = " + plan.sampleSize()
                    + " actual contents, received " + (actualContents == null ? 0 : actualContents.size())
                    + " (样本量应为 " + plan.sampleSize() + " 件)");
        }
        BigDecimal qn = nominal.value();
        BigDecimal factor = nominal.factor();
        boolean convert = factor.compareTo(BigDecimal.ONE) != 0;
        BigDecimal tValue = t.value();
        BigDecimal twoT = t.twice();
        int n = plan.sampleSize();
        List<PackageResult> packages = new ArrayList<>(n);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        int t1 = 0;
        int t2 = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal stated = actualContents.get(i);
            if (stated == null || stated.signum() < 0) {
                throw new InvalidPrepackageInput("actualContents[" + i + "]",
                        "an actual content must be a number ≥ 0, got " + stated);
            }
            BigDecimal q = convert ? stated.multiply(factor) : stated;
            if (q.compareTo(qn.multiply(MAX_CONTENT_FACTOR)) > 0) {
                throw new InvalidPrepackageInput("actualContents[" + i + "]", "an actual content of " + stated.toPlainString()
                        + " " + nominal.statedUnit() + " is more than " + MAX_CONTENT_FACTOR + " × Qn = " + nominal.statedValue()
                        .multiply(MAX_CONTENT_FACTOR).toPlainString() + " " + nominal.statedUnit()
                        + ": check the unit (contents are stated in Qn's unit) (实际含量超过标注净含量的 " + MAX_CONTENT_FACTOR
                        + " 倍，请检查单位)");
            }
            BigDecimal d = qn.subtract(q);
            Defect defect;
            if (d.compareTo(twoT) > 0) {
                defect = Defect.T2;
                t2++;
            } else if (d.compareTo(tValue) > 0) {
                defect = Defect.T1;
                t1++;
            } else {
                defect = Defect.NONE;
            }
            packages.add(new PackageResult(i + 1, q, d, defect));
            sum = sum.add(q);
            sumOfSquares = sumOfSquares.add(q.multiply(q));
        }

        List<Criterion> criteria = new ArrayList<>(3);
        BigDecimal mean = null;
        BigDecimal s = null;
        BigDecimal limit = null;
        boolean accepted = true;
        String unit = nominal.baseUnit();
        if (plan.hasMeanTest()) {
            BigDecimal count = BigDecimal.valueOf(n);
            mean = sum.divide(count, MC);
            // Σ(q − q̄)² = Σq² − (Σq)²/n: exact sums, one division, so no cancellation from a rounded mean.
            BigDecimal ss = sumOfSquares.subtract(sum.multiply(sum).divide(count, MathContext.DECIMAL128));
            s = ss.signum() <= 0 ? BigDecimal.ZERO : ss.divide(BigDecimal.valueOf(n - 1L), MC).sqrt(MC);
            limit = qn.subtract(plan.lambda().multiply(s));
            boolean meanOk = mean.compareTo(limit) >= 0;
            accepted = meanOk;
            criteria.add(new Criterion(CriterionKind.MEAN, meanOk ? Outcome.PASS : Outcome.FAIL, mean, limit, unit));
        } else {
            criteria.add(new Criterion(CriterionKind.MEAN, Outcome.NOT_APPLICABLE, null, null, unit));
        }
        boolean t1Ok = t1 <= plan.allowedT1();
        boolean t2Ok = t2 <= plan.allowedT2();
        criteria.add(new Criterion(CriterionKind.T1_COUNT, t1Ok ? Outcome.PASS : Outcome.FAIL,
                BigDecimal.valueOf(t1), BigDecimal.valueOf(plan.allowedT1()), unit));
        criteria.add(new Criterion(CriterionKind.T2_COUNT, t2Ok ? Outcome.PASS : Outcome.FAIL,
                BigDecimal.valueOf(t2), BigDecimal.valueOf(plan.allowedT2()), unit));
        accepted = accepted && t1Ok && t2Ok;

        RuleEdition te = t.edition();
        RuleEdition pe = plan.edition();
        List<RuleEdition> editions = te.equals(pe) ? List.of(te) : List.of(te, pe);
        return new LotDecision(nominal, plan, t, List.copyOf(packages), t1, t2, mean, s, limit,
                List.copyOf(criteria), accepted, editions);
    }
}
