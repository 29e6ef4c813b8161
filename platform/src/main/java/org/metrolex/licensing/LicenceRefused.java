package org.metrolex.licensing;

import java.time.LocalDate;
import org.metrolex.licensing.domain.LicenceType;

/** An application was refused (不予许可). Published in the refusing transaction. */
public record LicenceRefused(long applicationId, String referenceNo, LicenceType licenceType,
                             LicenceType.ApplicantKind applicantKind, long applicantId, String regionCode, LocalDate refusedOn) {
}
