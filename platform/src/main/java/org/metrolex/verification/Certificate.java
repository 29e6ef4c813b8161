package org.metrolex.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.metrolex.verification.domain.CertificateKind;

/** A certificate or notice of non-conformity as issued; {@code validUntil}/{@code nextDue} null for a notice. */
public record Certificate(long id, long verificationId, String number, long institutionId, CertificateKind kind,
                          OffsetDateTime issuedAt, LocalDate validUntil, LocalDate nextDue, String status,
                          String revokedReason) {

    public boolean valid() {
        return "VALID".equals(status);
    }
}
