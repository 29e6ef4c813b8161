package org.metrolex.licensing;

import java.time.LocalDate;
import org.metrolex.licensing.domain.LicenceType;

/**
 * A licence was granted (准予许可), after review or at once on the applicant's commitment (告知承诺). Published in the
 * granting transaction, after the registries the licence changes (an institution's authorisation, a standard's
 * assessment certificate) were written through.
 *
 * @param holderId   the enterprise or institution, by {@code holderKind}
 * @param validUntil null when the licence does not expire
 */
public record LicenceGranted(long licenceId, long applicationId, String number, LicenceType licenceType,
                             LicenceType.ApplicantKind holderKind, long holderId, String regionCode, LocalDate grantedOn,
                             LocalDate validUntil, boolean byCommitment) {
}
