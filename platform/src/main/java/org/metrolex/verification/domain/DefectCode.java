package org.metrolex.verification.domain;

/**
 * Every reason a certificate cannot be issued (or, for one already issued, why it is defective).
 * Codes are stable: they are stored, counted in audits and shown to users.
 */
public enum DefectCode {
    /** No authorisation line for this instrument type covering the instrument's region (计量法 第二十条). */
    AUTHORIZATION_MISSING(Severity.BLOCKING),
    /** A covering line exists but is not valid on the verification date. */
    AUTHORIZATION_EXPIRED(Severity.BLOCKING),
    /** No qualification of the verifier whose scope names the instrument type (JJF 1069 scope items; clause not verified). */
    VERIFIER_NOT_QUALIFIED(Severity.BLOCKING),
    /** A covering qualification exists but is not valid on the verification date. */
    VERIFIER_QUALIFICATION_EXPIRED(Severity.BLOCKING),
    /** A standard used has no assessment certificate (计量标准考核证书) valid on the verification date. */
    STANDARD_ASSESSMENT_INVALID(Severity.BLOCKING),
    /** A standard used was at or past its own calibration due date on the verification date. */
    STANDARD_CALIBRATION_OVERDUE(Severity.BLOCKING),
    /** No measurement standard is recorded: the result has no traceability. */
    NO_STANDARD_USED(Severity.BLOCKING),
    /** The claimed conclusion differs from the decision computed from the readings, or there is none. */
    CONCLUSION_NOT_SUPPORTED(Severity.BLOCKING),
    /**
     * The decision used a rule value marked unverified in the rules library ([S]/[M] in RULES.md). The
     * decision is still the best available, so this is a WARNING: the certificate may be issued and shows
     * "unverified rule" next to the conclusion; refusing would stop verification of whole instrument
     * families until the library is checked against the printed regulation.
     */
    CONFORMITY_UNVERIFIED_RULE(Severity.WARNING),
    /** A mandatory field is empty; one defect per field, naming it. */
    MANDATORY_FIELD_MISSING(Severity.BLOCKING),
    /**
     * Issued in the platform without the checker's (核验) or the approver's (批准) signature (ADR 0020): a
     * certificate is signed by the verifier, a checker and an approver, in that order, before it is issued.
     */
    SIGNATURE_MISSING(Severity.BLOCKING),
    /** The checker or the approver holds no qualification for the instrument type valid on the verification date. */
    SIGNER_NOT_QUALIFIED(Severity.BLOCKING),
    /** The verifier, the checker and the approver are not three different people. */
    SIGNERS_NOT_DISTINCT(Severity.BLOCKING),
    /** Audit only: the certificate number does not follow {@link CertificateNumber}'s format. */
    CERTIFICATE_NUMBER_INVALID(Severity.BLOCKING);

    private final Severity severity;

    DefectCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
