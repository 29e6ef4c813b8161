package org.metrolex.comparison.domain;

/** The outcome of a participation in a national comparison, as its organiser published it. */
public enum NationalResult {
    SATISFACTORY, QUESTIONABLE, UNSATISFACTORY, PENDING
}
