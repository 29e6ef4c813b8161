package org.metrolex.verification;

import java.time.LocalDate;

/**
 * What anyone may learn about a certificate from its number (the QR code on the paper): whether it
 * can be relied on, and for what. No readings, no people, no institution-internal data.
 *
 * @param status VALID, EXPIRED (today after valid-until), REVOKED (with {@code revokedReason}) or
 *               NOT_CONFORMING (a notice of non-conformity: the instrument failed)
 */
public record PublicCertificate(String number, String status, String kind, String instrumentTypeZh, String instrumentTypeEn,
                                String ownerName, LocalDate issuedOn, LocalDate validUntil, LocalDate nextDue,
                                String revokedReason) {
}
