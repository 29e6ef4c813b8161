package org.metrolex.comparison.domain;

/** Where a round stands. Participants are enrolled while it is PLANNED. */
public enum RoundStatus {
    PLANNED, CIRCULATING, RESULTS_CLOSED, EVALUATED, PUBLISHED;

    /** Results are known to more than their authors from here on. */
    public boolean resultsClosed() {
        return this != PLANNED && this != CIRCULATING;
    }
}
