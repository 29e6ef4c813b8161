package org.metrolex.verification.ingest.persistence;

/**
 * What a bulk row needs to know about the instrument it names: its category, region, owner and the owner's
 * name (printed on the certificate), serial number and registry status.
 */
public record InstrumentFacts(long id, String categoryCode, String regionCode, long ownerEnterpriseId, String ownerName,
                              String serialNumber, String status) {
}
