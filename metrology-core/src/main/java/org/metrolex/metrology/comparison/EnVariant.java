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
    LAB_INSIDE_WEIGHTED_REFERENCE("En = (yᵢ − Y)/√(Uᵢ² − U_Y²)", "En = (yᵢ − Y)/√(Uᵢ² − U_Y² + U_transfer²)");

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
