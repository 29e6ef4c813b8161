package org.metrolex.verification.domain;

/** A certificate already issued (here or imported), as audited: its number and what it states. */
public record IssuedCertificate(String number, CertificateDraft content) {
}
