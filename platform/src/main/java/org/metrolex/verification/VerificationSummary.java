package org.metrolex.verification;

/**
 * A verification as a list shows it: the record and the names people recognise it by — the instrument's
 * category and serial number, the owner, the institution it is assigned to (null before assignment), the
 * certificate or notice number (null before issue). Ids stay for links only.
 */
public record VerificationSummary(Verification verification, String categoryNameZh, String categoryNameEn, String serialNumber,
                                  String ownerName, String institutionName, String regionName, String documentNumber) {
}
