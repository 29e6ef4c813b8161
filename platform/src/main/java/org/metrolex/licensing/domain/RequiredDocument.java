package org.metrolex.licensing.domain;

/** A document the applicant must provide, by a stable code. */
public record RequiredDocument(String code, String nameZh, String nameEn) {
}
