package org.metrolex.metrology.comparison;

/** How a Comparison's referenceValue (参考值) was obtained from the participants' results. */
public enum ReferenceMethod {
    /** ȳ = Σyᵢ/m. */
    ARITHMETIC_MEAN,
    /** Y = Σ(yᵢ/uᵢ²)/Σ(1/uᵢ²), JJF 1117-2010 (加权平均值). */
    WEIGHTED_MEAN,
    /** The median of the yᵢ (ISO 13528:2022 C.2.1). */
    MEDIAN,
    /** The robust mean x* of ISO 13528:2022 Annex C.3.1, Algorithm A. */
    ALGORITHM_A,
    /** A value given from outside the participants' results (e.g. the pilot's, from a higher standard). */
    GIVEN
}
