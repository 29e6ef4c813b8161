package org.metrolex.licensing.domain;

import java.time.LocalDate;

/**
 * A licence decision as published (《行政许可法》第四十条: 准予行政许可的决定应当予以公开): licence
 * type, holder, number, validity and status only.
 */
public record PublicLicence(LicenceType licenceType, String holderName, String number, String subject,
                            LocalDate validFrom, LocalDate validUntil, boolean valid, boolean byCommitment) {
}
