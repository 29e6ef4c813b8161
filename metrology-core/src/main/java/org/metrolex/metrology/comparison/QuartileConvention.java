package org.metrolex.metrology.comparison;

/**
 * How the lower and upper quartiles Q1, Q3 are computed from p sorted values x₍₁₎ ≤ … ≤ x₍ₚ₎. The
 * conventions differ on small data sets, so the one used is part of every {@link Niqr} result
 * (CNAS-GL002 Annex A asks for the convention to be stated; RULES.md §2 [M]).
 */
public enum QuartileConvention {
    /**
     * Tukey's hinges: Q1 is the median of the lower half and Q3 of the upper half, the middle value
     * belonging to both halves when p is odd. The default: it is the convention associated with
     * CNAS-GL002 in this project's brief, needs no interpolation rule, and is the hinge of the box
     * plots PT reports draw. Not verified against the CNAS text.
     */
    TUKEY_HINGES,
    /**
     * Linear interpolation between order statistics at position h = (p − 1)·q + 1 (Hyndman and Fan
     * type 7; R {@code quantile()} and numpy {@code percentile()} defaults).
     */
    LINEAR_TYPE_7,
    /**
     * Interpolation at position h = (p + 1)·q (Hyndman and Fan type 6), clamped to [1, p]. Chinese PT
     * guidance material commonly teaches Q1 at position (n + 1)/4 and Q3 at 3(n + 1)/4 this way.
     */
    WEIBULL_TYPE_6
}
