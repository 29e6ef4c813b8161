package org.metrolex.verification;

/** A valid certificate as a spot check's population lists it: number, issuing institution, the instrument's region. */
public record ValidCertificate(long certificateId, String number, long institutionId, String regionCode) {
}
