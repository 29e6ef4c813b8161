package org.metrolex.verification.domain;

import java.util.List;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.Qualification;

/** The verifier who signed, as at issue: name and qualification certificates. */
public record VerifierSnapshot(String name, List<Qualification> qualifications) {

    public VerifierSnapshot {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    public static VerifierSnapshot of(Person person) {
        return new VerifierSnapshot(person.name(), person.qualifications());
    }
}
