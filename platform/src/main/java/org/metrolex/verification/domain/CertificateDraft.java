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
 */
public record CertificateDraft(InstitutionSnapshot institution, VerifierSnapshot verifier, List<StandardUsed> standards,
                               String instrumentTypeName, String instrumentRegionCode, String instrumentSerialNumber,
                               String ownerName, LocalDate verificationDate, ConformityDecision decision,
                               Conclusion claimedConclusion) {

    public CertificateDraft {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }
}
