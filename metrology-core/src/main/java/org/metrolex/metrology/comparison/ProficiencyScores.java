package org.metrolex.metrology.comparison;

/**
 * z, z′ and ζ scores of proficiency testing (ISO 13528:2022 clause 9; CNAS-GL002:2018 4.4; RULES.md
 * §2 [M]). All inputs are standard uncertainties / standard deviations, not expanded ones.
 */
public final class ProficiencyScores {

    private ProficiencyScores() {
    }

    /** z = (x − x_pt)/σ_pt, ISO 13528:2022 9.4.1; σ_pt the standard deviation for proficiency assessment. */
    public static Score z(double x, double assignedValue, double sigmaPt, PerformanceCriteria criteria) {
        check(x, assignedValue);
        InputChecks.positive("sigmaPt", sigmaPt);
        return score(ScoreType.Z, (x - assignedValue) / sigmaPt, criteria);
    }

    /**
     * z′ = (x − x_pt)/√(σ_pt² + u²(x_pt)), ISO 13528:2022 9.5.1: for an assigned value whose uncertainty
     * is not negligible (u(x_pt) &gt; 0.3 σ_pt, 9.2.1).
     */
    public static Score zPrime(double x, double assignedValue, double sigmaPt, double assignedValueUncertainty,
                               PerformanceCriteria criteria) {
        check(x, assignedValue);
        InputChecks.positive("sigmaPt", sigmaPt);
        InputChecks.nonNegative("assignedValueUncertainty", assignedValueUncertainty);
        return score(ScoreType.Z_PRIME,
                (x - assignedValue) / Math.sqrt(sigmaPt * sigmaPt + assignedValueUncertainty * assignedValueUncertainty), criteria);
    }

    /**
     * ζ = (x − x_pt)/√(u²(x) + u²(x_pt)), ISO 13528:2022 9.6.1; u(x) the participant's own standard
     * uncertainty. Assumes x is not part of x_pt (no covariance term).
     */
    public static Score zeta(double x, double uncertainty, double assignedValue, double assignedValueUncertainty,
                             PerformanceCriteria criteria) {
        check(x, assignedValue);
        InputChecks.nonNegative("uncertainty", uncertainty);
        InputChecks.nonNegative("assignedValueUncertainty", assignedValueUncertainty);
        double d = Math.sqrt(uncertainty * uncertainty + assignedValueUncertainty * assignedValueUncertainty);
        if (d == 0) {
            throw new IllegalArgumentException("uncertainty: u(x) and u(x_pt) cannot both be zero for ζ (ζ 分数的 u(x) 与 u(x_pt) 不能同时为零)");
        }
        return score(ScoreType.ZETA, (x - assignedValue) / d, criteria);
    }

    private static void check(double x, double assignedValue) {
        InputChecks.finite("x", x);
        InputChecks.finite("assignedValue", assignedValue);
    }

    private static Score score(ScoreType type, double value, PerformanceCriteria criteria) {
        if (criteria == null) {
            throw new IllegalArgumentException("criteria is required (判定准则不能为空)");
        }
        return new Score(type, value, criteria.classify(type, value), criteria.edition());
    }
}
