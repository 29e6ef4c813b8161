package org.metrolex.verification;

import java.time.LocalDate;
import org.metrolex.verification.domain.CertificateKind;

/**
 * A verification certificate or notice of non-conformity was issued (and signed) for an instrument. Published in
 * the issuing transaction; listeners learn the instrument's new standing without reading the certificate.
 *
 * @param kind     certificate (conforming) or notice of non-conformity
 * @param issuedOn the issue date by the authority's clock
 * @param nextDue  the instrument's next due date; null for a notice of non-conformity
 */
public record CertificateIssued(long certificateId, String number, CertificateKind kind, long verificationId,
                                long instrumentId, long institutionId, long ownerEnterpriseId, String regionCode,
                                LocalDate issuedOn, LocalDate nextDue) {
}
