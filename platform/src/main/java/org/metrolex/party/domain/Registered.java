package org.metrolex.party.domain;

/** A record of one of the party registries (enterprise, institution, person): every one belongs to a region. */
public interface Registered {

    long id();

    String regionCode();
}
