package org.metrolex.verification;

import java.time.LocalDate;

/**
 * A certificate was revoked: from now on the public check answers "revoked" and the instrument is due again as if
 * this certificate had not been issued. Published in the revoking transaction.
 */
public record CertificateRevoked(long certificateId, String number, long verificationId, long instrumentId,
                                 long institutionId, long ownerEnterpriseId, String regionCode, LocalDate revokedOn) {
}
