package org.metrolex.instrument.domain;

import java.time.LocalDate;

/**
 * Where an instrument stands with its mandatory verification (Metrology Law art. 9): its latest valid
 * document — last verification, certificate or notice, valid until, next due — and what that means today.
 * The verification module answers it from its one per-instrument read model ({@code instrument_due}, ADR 0010),
 * the same rows its overdue list, notices and certificates are read from, so no page can say otherwise.
 *
 * @param verificationId   the verification the document closed; null when {@code status} is NOT_VERIFIED
 * @param certificate      true for a verification certificate (检定证书), false for a notice of non-conformity
 * @param nextDue          null for an initial-only instrument or a notice of non-conformity
 * @param noticedOn        the day the owner was sent the overdue notice for {@code nextDue}; null if not (yet)
 * @param noticeReadOn     the day the owner marked that notice read; null if not
 */
public record VerificationStanding(long instrumentId, Status status, Long verificationId, LocalDate verificationDate,
                                   String documentNumber, boolean certificate, LocalDate issuedOn, LocalDate validUntil,
                                   LocalDate nextDue, LocalDate noticedOn, LocalDate noticeReadOn) {

    /** What the latest valid document means on the day asked. */
    public enum Status {
        /** No valid certificate or notice: never verified, or every document revoked. It may not be used (art. 9). */
        NOT_VERIFIED,
        /** A certificate whose next due date is more than the due-soon window away, or none (initial verification only). */
        VALID,
        /** A certificate due within the due-soon window: still valid, book the next verification. */
        DUE_SOON,
        /** A certificate whose next due date has come: overdue from the due date on ({@code NextDue.overdueOn}). */
        OVERDUE,
        /** The latest document is a notice of non-conformity: not to be used until repaired and verified again. */
        NOT_CONFORMING
    }

    public static VerificationStanding notVerified(long instrumentId) {
        return new VerificationStanding(instrumentId, Status.NOT_VERIFIED, null, null, null, false, null, null, null, null, null);
    }

    /** What the public may see of it: the status, the dates and the document number (all on the public certificate check). */
    public Public publicView() {
        return new Public(status, documentNumber, certificate, validUntil, nextDue);
    }

    /** The public part of a standing: nothing about people, readings, notices or the verification record. */
    public record Public(Status status, String documentNumber, boolean certificate, LocalDate validUntil, LocalDate nextDue) {
    }
}
