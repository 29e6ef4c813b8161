package org.metrolex.verification.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a certificate or notice of non-conformity prints, already decided: the renderers
 * ({@link CertificatePdf}, {@link CertificateXml}) format, they never compute a conclusion or a date.
 *
 * <p>{@code validUntil} and {@code nextDue} are null on a notice of non-conformity (an instrument that
 * failed has no validity). The three people who sign a certificate in turn (检定员 verifier, 核验员 checker,
 * 批准人 approver — ADR 0020) are printed with their roles; {@code checkerName} and {@code approverName} are null
 * on documents signed before the platform recorded them, and "signed in the institution's system" for bulk
 * ingested ones.
 */
public record CertificateDocument(
        String number,
        DocumentKind kind,
        Institution institution,
        String ownerName,
        Instrument instrument,
        LocalDate verificationDate,
        LocalDate validUntil,
        LocalDate nextDue,
        String verifierName,
        String checkerName,
        String approverName,
        List<Standard> standards,
        List<Reading> readings,
        List<RepeatabilityRow> repeatability,
        String conclusionZh,
        String conclusionEn,
        List<RuleEdition> ruleEditions,
        String checkUrl) {

    /** A document without a checker (written before the checker was recorded). */
    public CertificateDocument(String number, DocumentKind kind, Institution institution, String ownerName, Instrument instrument,
                               LocalDate verificationDate, LocalDate validUntil, LocalDate nextDue, String verifierName,
                               String approverName, List<Standard> standards, List<Reading> readings,
                               List<RepeatabilityRow> repeatability, String conclusionZh, String conclusionEn,
                               List<RuleEdition> ruleEditions, String checkUrl) {
        this(number, kind, institution, ownerName, instrument, verificationDate, validUntil, nextDue, verifierName, null,
                approverName, standards, readings, repeatability, conclusionZh, conclusionEn, ruleEditions, checkUrl);
    }

    public CertificateDocument {
        require(number, "number");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(institution, "institution is required");
        require(ownerName, "ownerName");
        Objects.requireNonNull(instrument, "instrument is required");
        Objects.requireNonNull(verificationDate, "verificationDate is required");
        require(verifierName, "verifierName");
        require(conclusionZh, "conclusionZh");
        require(conclusionEn, "conclusionEn");
        require(checkUrl, "checkUrl");
        if (kind == DocumentKind.VERIFICATION_CERTIFICATE && (validUntil == null || nextDue == null)) {
            throw new IllegalArgumentException("validUntil and nextDue are required on a verification certificate");
        }
        standards = List.copyOf(standards == null ? List.of() : standards);
        readings = List.copyOf(readings == null ? List.of() : readings);
        repeatability = List.copyOf(repeatability == null ? List.of() : repeatability);
        ruleEditions = List.copyOf(ruleEditions == null ? List.of() : ruleEditions);
    }

    /** The two documents a verification ends in (JJF 1069 / 计量法实施细则 第十二条); titled by {@code label.DocumentKind.*}. */
    public enum DocumentKind {
        VERIFICATION_CERTIFICATE,
        NOTICE_OF_NON_CONFORMITY
    }

    /** The verifying institution and its authorisation certificate (计量授权证书) number. */
    public record Institution(String name, String authorisationNo) {
        public Institution {
            require(name, "institution.name");
            require(authorisationNo, "institution.authorisationNo");
        }
    }

    public record Instrument(String categoryName, String maker, String model, String serialNo,
                             String accuracyClass, String range) {
        public Instrument {
            require(categoryName, "instrument.categoryName");
            require(serialNo, "instrument.serialNo");
        }
    }

    /** A measurement standard used, with its assessment certificate (计量标准考核证书). */
    public record Standard(String name, String assessmentCertificateNo, LocalDate validUntil) {
        public Standard {
            require(name, "standard.name");
        }
    }

    /** One verification point: nominal value, indication error and the maximum permissible error. */
    public record Reading(String label, BigDecimal nominal, BigDecimal error, BigDecimal mpe, String unit,
                          boolean pass) {
        public Reading {
            require(label, "reading.label");
            Objects.requireNonNull(error, "reading.error is required");
            Objects.requireNonNull(mpe, "reading.mpe is required");
        }
    }

    /** A repeatability check: the observed spread against its permitted limit. */
    public record RepeatabilityRow(String label, BigDecimal spread, BigDecimal limit, String unit, boolean pass) {
        public RepeatabilityRow {
            require(label, "repeatability.label");
            Objects.requireNonNull(spread, "repeatability.spread is required");
            Objects.requireNonNull(limit, "repeatability.limit is required");
        }
    }

    /**
     * A rule edition that decided this result (e.g. "JJG 539-2016"). {@code verified} is false when
     * the rule table was transcribed but not yet checked against the printed regulation: the
     * certificate then says so rather than hide it.
     */
    public record RuleEdition(String code, String title, boolean verified) {
        public RuleEdition {
            require(code, "ruleEdition.code");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
