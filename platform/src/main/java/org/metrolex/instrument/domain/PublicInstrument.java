package org.metrolex.instrument.domain;

/**
 * What anyone may see of an instrument by its QR code: no ids, no location, no full serial number; its
 * verification standing as the public certificate check shows it (status, dates, document number).
 */
public record PublicInstrument(String categoryNameZh, String categoryNameEn, String maker, String model,
                               String maskedSerialNumber, String ownerName, InstrumentStatus status,
                               VerificationStanding.Public verification) {
}
