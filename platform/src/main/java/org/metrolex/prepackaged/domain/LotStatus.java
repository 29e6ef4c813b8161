package org.metrolex.prepackaged.domain;

/** SAMPLED: lot registered, package numbers drawn. DECIDED: readings entered and the decision computed. */
public enum LotStatus {
    SAMPLED, DECIDED
}
