package org.metrolex.metrology.comparison;

/** Which En formula applies, JJF 1117-2010 (RULES.md §2: [V] in substance). */
public enum EnVariant {
    /**
     * The referenceValue does not contain the laboratory's result (e.g. the pilot's value, or a
     * weighted mean of the others): En = (yᵢ − Y)/√(Uᵢ² + U_Y² [+ U_transfer²]).
     */
    INDEPENDENT_REFERENCE("En = (yᵢ − Y)/√(Uᵢ² + U_Y²)", "En = (yᵢ − Y)/√(Uᵢ² + U_Y² + U_transfer²)"),
    /**
     * The laboratory's result is inside a weighted-mean referenceValue. Then cov(yᵢ, Y) = u²(Y), so
     * u²(yᵢ − Y) = uᵢ² − u²(Y): En = (yᵢ − Y)/√(Uᵢ² − U_Y² [+ U_transfer²]). Only valid for the
     * weighted mean (whose weights make the covariance equal u²(Y)).
     */
    LAB_INSIDE_WEIGHTED_REFERENCE("En = (yᵢ − Y)/√(Uᵢ² − U_Y²)", "En = (yᵢ − Y)/√(Uᵢ² − U_Y² + U_transfer²)"),
    /**
     * The laboratory's result is one of the m results of an arithmetic-mean reference. Then
     * cov(yᵢ, ȳ) = uᵢ²/m, so u²(yᵢ − ȳ) = uᵢ² + u²(ȳ) − 2uᵢ²/m (GUM 5.2.2 applied to yᵢ − ȳ):
     * En = (yᵢ − Y)/√(Uᵢ²(1 − 2/m) + U_Y² [+ U_transfer²]).
     */
    LAB_INSIDE_ARITHMETIC_MEAN("En = (yᵢ − Y)/√(Uᵢ²(1 − 2/m) + U_Y²)", "En = (yᵢ − Y)/√(Uᵢ²(1 − 2/m) + U_Y² + U_transfer²)"),
    /**
     * The laboratory's result is inside a median or Algorithm A reference. A robust estimate bounds the
     * influence of any one result and has no closed-form covariance with it; the covariance is neglected
     * (as ISO 13528:2022 9.6 does for ζ), which makes |En| smaller than an exact term would, and the
     * formula says so. Exclude the laboratory from the reference for an exact independent En.
     */
    LAB_INSIDE_ROBUST_REFERENCE("En = (yᵢ − Y)/√(Uᵢ² + U_Y²), covariance with the robust reference neglected",
            "En = (yᵢ − Y)/√(Uᵢ² + U_Y² + U_transfer²), covariance with the robust reference neglected");

    private final String formula;
    private final String formulaWithTransfer;

    EnVariant(String formula, String formulaWithTransfer) {
        this.formula = formula;
        this.formulaWithTransfer = formulaWithTransfer;
    }

    public String formula(boolean withTransfer) {
        return withTransfer ? formulaWithTransfer : formula;
    }
}
