package org.metrolex.verification.domain;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.metrology.conformity.ConformityDecision;

/**
 * The facts of other modules' records a certificate states, read once for one issue (or once per batch or audit
 * and shared by its rows): the institution with its authorisation lines, the verifier, the standards used and the
 * instrument. {@link #draft} is the one place a {@link CertificateDraft} is assembled, for the one-by-one issue,
 * bulk ingestion and the audit of issued certificates alike.
 */
public record IssueFacts(InstitutionSnapshot institution, VerifierSnapshot verifier, List<StandardUsed> standards,
                         String instrumentTypeName, String instrumentRegionCode, String instrumentSerialNumber,
                         String ownerName) {

    public IssueFacts {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }

    /**
     * The draft the legitimacy check judges.
     *
     * @param decision   decided once from the readings by metrology-core (null: nothing could be decided)
     * @param signatures the in-platform signatures; null for a certificate signed in the institution's own system
     */
    public CertificateDraft draft(LocalDate verificationDate, ConformityDecision decision, Conclusion claimed, Signatures signatures) {
        return new CertificateDraft(institution, verifier, standards, instrumentTypeName, instrumentRegionCode, instrumentSerialNumber,
                ownerName, verificationDate, decision, claimed, signatures);
    }
}
