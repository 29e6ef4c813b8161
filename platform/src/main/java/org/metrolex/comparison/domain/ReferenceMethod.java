package org.metrolex.comparison.domain;

/** How the round's reference value is obtained (RULES.md §2); PILOT_VALUE takes the pilot's own result. */
public enum ReferenceMethod {
    WEIGHTED_MEAN, ARITHMETIC_MEAN, MEDIAN, ALGORITHM_A, PILOT_VALUE
}
