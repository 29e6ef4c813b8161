package org.metrolex.licensing;

import java.time.LocalDate;
import org.metrolex.licensing.domain.LicenceType;

/**
 * A licence was revoked (撤销许可), by decision or because the check after approval by commitment failed. Published
 * in the revoking transaction, after the registries stopped counting it.
 */
public record LicenceRevoked(long licenceId, long applicationId, String number, LicenceType licenceType,
                             LicenceType.ApplicantKind holderKind, long holderId, String regionCode, LocalDate revokedOn) {
}
