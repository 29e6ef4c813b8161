package org.metrolex.party.domain;

import java.util.List;

/** An inspector or a verifier, with qualification certificates. */
public record Person(long id, String name, PersonRole role, String regionCode, Long institutionId,
                     String phone, boolean active, int version, List<Qualification> qualifications) implements Registered {
}
