package org.metrolex.supervision.domain;

/**
 * OPEN → RECTIFICATION_ORDERED (责令整改, with a deadline) → RECTIFIED (follow-up found it done);
 * OPEN or RECTIFICATION_ORDERED → CASE_OPENED (立案) → CASE_DECIDED (处罚决定).
 */
public enum FindingStatus {
    OPEN, RECTIFICATION_ORDERED, RECTIFIED, CASE_OPENED, CASE_DECIDED;

    public boolean mayOrderRectification() {
        return this == OPEN;
    }

    public boolean mayRecordRectified() {
        return this == RECTIFICATION_ORDERED;
    }

    public boolean mayOpenCase() {
        return this == OPEN || this == RECTIFICATION_ORDERED;
    }

    public boolean mayDecide() {
        return this == CASE_OPENED;
    }
}
