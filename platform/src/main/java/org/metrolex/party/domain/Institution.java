package org.metrolex.party.domain;

import java.util.List;

/** A legal verification institution and its metrological authorisation scope. */
public record Institution(long id, String creditCode, String name, String address, String regionCode,
                          InstitutionKind kind, String contactPhone, boolean active, int version,
                          List<Authorization> authorizations) implements Registered {
}
