package org.metrolex.supervision.domain;

/** What an inspection found. FRAUD is 计量作弊 (Metrology Law art. 27; 计量法实施细则 art. 51). */
public enum FindingKind {
    FRAUD, UNVERIFIED_INSTRUMENT, OVERDUE_INSTRUMENT, OUT_OF_TOLERANCE, ILLEGAL_UNIT, INSTITUTION_DEFECT, CERTIFICATE_DEFECT, OTHER
}
