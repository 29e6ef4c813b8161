package org.metrolex.prepackaged.domain;

/**
 * A C-mark declaration: DECLARED by the producer, then ACCEPTED (published on the public list) or
 * REJECTED by the bureau; an ACCEPTED declaration may be REVOKED.
 */
public enum CMarkStatus {
    DECLARED, ACCEPTED, REJECTED, REVOKED;

    public boolean mayReview() {
        return this == DECLARED;
    }

    public boolean mayRevoke() {
        return this == ACCEPTED;
    }
}
