package org.metrolex.licensing.domain;

import java.time.LocalDate;

/** An issued licence (许可证书). {@code validUntil} null: no fixed term. */
public record Licence(long id, long applicationId, String number, LicenceType licenceType, LicenceType.ApplicantKind holderKind,
                      long holderId, String holderName, String regionCode, String subject, LocalDate validFrom,
                      LocalDate validUntil, boolean byCommitment, LocalDate commitmentCheckDue, boolean valid,
                      String revokedReason, String decidedBy) {
}
