package org.metrolex.licensing.domain;

import java.time.LocalDate;

/**
 * A stored application's facts (申请档案): who applies for what under which procedure version. Its
 * history of events is kept beside it and replayed into a {@link LicenceApplication}.
 *
 * @param instrumentType    authorisation: instrument type as the catalogue names it (Chinese); type approval: category
 * @param coveredRegionCode authorisation: the region the authorisation is to cover
 * @param model             type approval: the model
 * @param standardId        standard approval: the measurement standard
 */
public record Dossier(long id, String referenceNo, long procedureId, LicenceType licenceType,
                      LicenceType.ApplicantKind applicantKind, long applicantId, String applicantName, String regionCode,
                      String subject, String instrumentType, String coveredRegionCode, String model, Long standardId,
                      boolean byCommitment, ApplicationStatus status, LocalDate submittedOn, int version) {
}
