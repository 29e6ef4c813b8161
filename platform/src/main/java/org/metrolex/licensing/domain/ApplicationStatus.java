package org.metrolex.licensing.domain;

/** Where a licence application stands. */
public enum ApplicationStatus {
    SUBMITTED(StepKind.ACCEPTANCE),
    AWAITING_DOCUMENTS(null),
    NOT_ACCEPTED(null),
    UNDER_REVIEW(StepKind.REVIEW),
    IN_ASSESSMENT(StepKind.ASSESSMENT),
    SUSPENDED(null),
    AWAITING_DECISION(StepKind.DECISION),
    GRANTED(StepKind.ISSUE),
    REFUSED(null),
    ISSUED(null),
    REVOKED(null);

    private final StepKind step;

    ApplicationStatus(StepKind step) {
        this.step = step;
    }

    /** The step this status works on; null for stops and final states. */
    public StepKind step() {
        return step;
    }

    /** No clock runs any more: the procedure is completed (办结) or ended. */
    public boolean closed() {
        return this == NOT_ACCEPTED || this == REFUSED || this == ISSUED || this == REVOKED;
    }
}
