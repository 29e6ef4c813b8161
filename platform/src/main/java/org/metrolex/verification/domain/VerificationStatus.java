package org.metrolex.verification.domain;

/**
 * Where a verification stands: booked by the owner or an officer, assigned to an institution, readings
 * recorded (decision computed), then closed by a certificate or a notice of non-conformity. A booking
 * may be cancelled until a document is issued.
 */
public enum VerificationStatus {
    BOOKED, ASSIGNED, RECORDED, CERTIFIED, NON_CONFORMING, CANCELLED;

    public boolean mayAssign() {
        return this == BOOKED || this == ASSIGNED;
    }

    /** Readings may be recorded again (corrected) until a document is issued. */
    public boolean mayRecord() {
        return this == ASSIGNED || this == RECORDED;
    }

    public boolean mayIssue() {
        return this == RECORDED;
    }
}
