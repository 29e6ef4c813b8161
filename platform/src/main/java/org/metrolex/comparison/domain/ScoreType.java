package org.metrolex.comparison.domain;

/** The performance statistics a round may compute (CNAS-GL002, JJF 1117): En, z, z′, ζ. */
public enum ScoreType {
    EN, Z, Z_PRIME, ZETA
}
