package org.metrolex.metrology.comparison;

/** The performance statistics of a Comparison, with the key of their row in the criteria rule table. */
public enum ScoreType {
    /** z = (x − x_pt)/σ_pt, ISO 13528:2022 9.4.1. */
    Z("z", "z = (x − x_pt)/σ_pt"),
    /** z′ = (x − x_pt)/√(σ_pt² + u²(x_pt)), ISO 13528:2022 9.5.1. */
    Z_PRIME("z-prime", "z′ = (x − x_pt)/√(σ_pt² + u²(x_pt))"),
    /** ζ = (x − x_pt)/√(u²(x) + u²(x_pt)), ISO 13528:2022 9.6.1. */
    ZETA("zeta", "ζ = (x − x_pt)/√(u²(x) + u²(x_pt))"),
    /** En, JJF 1117-2010 (归一化偏差); the formula depends on the variant, see {@link EnVariant}. */
    EN("En", "En = (yᵢ − Y)/√(Uᵢ² ± U_Y² [+ U_transfer²])");

    private final String ruleKey;
    private final String formula;

    ScoreType(String ruleKey, String formula) {
        this.ruleKey = ruleKey;
        this.formula = formula;
    }

    /** The {@code score} column value in {@code comparison.performance-criteria}. */
    public String ruleKey() {
        return ruleKey;
    }

    public String formula() {
        return formula;
    }
}
