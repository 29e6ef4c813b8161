package org.metrolex.verification.domain;

import java.util.List;
import org.metrolex.party.domain.Authorization;
import org.metrolex.party.domain.Institution;

/**
 * The issuing institution as it was at issue: its short code (used in certificate numbers), name and
 * authorisation lines. A snapshot, so an imported or old certificate is checked against what it states.
 */
public record InstitutionSnapshot(String code, String name, List<Authorization> authorizations) {

    public InstitutionSnapshot {
        authorizations = authorizations == null ? List.of() : List.copyOf(authorizations);
    }

    public static InstitutionSnapshot of(String code, Institution institution) {
        return new InstitutionSnapshot(code, institution.name(), institution.authorizations());
    }
}
