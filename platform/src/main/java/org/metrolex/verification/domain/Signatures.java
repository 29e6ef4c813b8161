package org.metrolex.verification.domain;

/**
 * Who signed a certificate issued in the platform, after the verifier (ADR 0020): the checker (核验员) and the
 * approver (批准人), each a person of the institution with a qualification for the instrument type, and three
 * different people. Null signers have not signed yet. A draft without {@code Signatures} (bulk ingestion, the
 * audit of certificates already issued) was signed in the institution's own system, and these rules are not
 * applied to it.
 */
public record Signatures(Long verifierPersonId, Signer checker, Signer approver) {

    /** One signer: the person and the qualifications as at the signature. */
    public record Signer(long personId, VerifierSnapshot person) {
    }
}
