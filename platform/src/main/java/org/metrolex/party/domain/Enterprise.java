package org.metrolex.party.domain;

/** A stored enterprise. */
public record Enterprise(long id, String creditCode, String name, String address, String regionCode,
                         EnterpriseCategory category, String legalRepresentative, String contactPhone,
                         boolean active, int version) implements Registered {
}
