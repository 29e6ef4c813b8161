package org.metrolex.verification.domain;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.metrology.conformity.ConformityDecision;

/**
 * Everything a certificate states that the legitimacy check looks at. Fields may be null or blank:
 * the check reports them ({@link DefectCode#MANDATORY_FIELD_MISSING}) rather than this record refusing
 * to exist, so that every reason is listed at once and imported certificates can be audited as they are.
 *
 * @param decision the decision computed by {@code metrology-core} from the readings (never typed in)
 * @param claimedConclusion the conclusion the user wants printed
 * @param signatures the checker's and approver's signatures for a certificate issued in the platform; null for
 *                   one signed in the institution's own system (bulk ingestion, audits), where they are not checked
 */
public record CertificateDraft(InstitutionSnapshot institution, VerifierSnapshot verifier, List<StandardUsed> standards,
                               String instrumentTypeName, String instrumentRegionCode, String instrumentSerialNumber,
                               String ownerName, LocalDate verificationDate, ConformityDecision decision,
                               Conclusion claimedConclusion, Signatures signatures) {

    public CertificateDraft {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }

    /** A draft of a certificate signed in the institution's own system (no in-platform signatures to check). */
    public CertificateDraft(InstitutionSnapshot institution, VerifierSnapshot verifier, List<StandardUsed> standards,
                            String instrumentTypeName, String instrumentRegionCode, String instrumentSerialNumber,
                            String ownerName, LocalDate verificationDate, ConformityDecision decision, Conclusion claimedConclusion) {
        this(institution, verifier, standards, instrumentTypeName, instrumentRegionCode, instrumentSerialNumber, ownerName,
                verificationDate, decision, claimedConclusion, null);
    }
}
