package org.metrolex.verification.domain;

/**
 * Where a verification stands: booked by the owner or an officer, assigned to an institution, readings
 * recorded (decision computed) by the verifier, checked by a checker (核验), approved by an approver (批准),
 * then closed by a certificate or a notice of non-conformity. Signatures come in that order (ADR 0020);
 * correcting the readings takes the verification back to RECORDED, to be checked and approved again.
 * A booking may be cancelled until a document is issued.
 */
public enum VerificationStatus {
    BOOKED, ASSIGNED, RECORDED, CHECKED, APPROVED, CERTIFIED, NON_CONFORMING, CANCELLED;

    public boolean mayAssign() {
        return this == BOOKED || this == ASSIGNED;
    }

    /** Readings may be recorded again (corrected) until a document is issued; that withdraws the check and approval. */
    public boolean mayRecord() {
        return this == ASSIGNED || this == RECORDED || this == CHECKED || this == APPROVED;
    }

    /** The checker signs the recorded readings. */
    public boolean mayCheck() {
        return this == RECORDED;
    }

    /** The approver signs after the checker. */
    public boolean mayApprove() {
        return this == CHECKED;
    }

    /**
     * Issue may be asked from the readings on: the legitimacy check then refuses it, with every reason, while the
     * check or the approval is missing ({@link DefectCode#SIGNATURE_MISSING}).
     */
    public boolean mayIssue() {
        return this == RECORDED || this == CHECKED || this == APPROVED;
    }
}
