package org.metrolex.metrology.comparison;

/** Which extreme the Grubbs test examines (GB/T 4883-2008 clause 4; ISO 5725-2:1994 7.3.4). */
public enum GrubbsAlternative {
    /** Only the largest value may be an outlier: G = (x_max − x̄)/s, t quantile at α/n. */
    MAXIMUM,
    /** Only the smallest value may be an outlier: G = (x̄ − x_min)/s, t quantile at α/n. */
    MINIMUM,
    /** The value farther from the mean: G = max|xᵢ − x̄|/s, t quantile at α/(2n). */
    TWO_SIDED,
    /**
     * The value farther from the mean, G = max|xᵢ − x̄|/s, against the one-sided critical value (t quantile
     * at α/n) — the convention of Chinese textbooks and exam tables of G(n, α), e.g. G(7, 0.05) = 1.938
     * where the two-sided value is 2.020.
     */
    ONE_SIDED
}
