package org.metrolex.licensing.domain;

/** What happened to an application; the application's history is the list of these. */
public enum EventKind {
    SUBMITTED,
    ACCEPTED,
    NOT_ACCEPTED,
    DOCUMENTS_REQUESTED,
    DOCUMENTS_SUPPLIED,
    SUSPENDED,
    RESUMED,
    REVIEW_COMPLETED,
    ASSESSMENT_COMPLETED,
    GRANTED,
    REFUSED,
    ISSUED,
    GRANTED_BY_COMMITMENT,
    COMMITMENT_CONFIRMED,
    REVOKED;
}
