package org.metrolex.party;

import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;
import org.metrolex.party.persistence.Institutions;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Service;

/** The registry of verification institutions, kept by the authorising bureaus; a credit code is registered once. */
@Service
public class RegisteringInstitution extends RegisteringParty<Institution, InstitutionDraft> {

    private final Institutions institutions;

    RegisteringInstitution(Institutions institutions, RegionCatalogue regions, AuditTrail audit) {
        super(institutions, "institution", "检定机构/institution", WriteRule.AUTHORISING_BUREAU, regions, audit);
        this.institutions = institutions;
    }

    @Override
    void checkAgainstRegistry(DataScope scope, InstitutionDraft draft, Long id) {
        institutions.findByCreditCodeForUniqueness(draft.creditCode()).filter(i -> id == null || i.id() != id).ifPresent(i -> {
            throw new RuleViolation("creditCode", "unique", "该统一社会信用代码已登记", "this credit code is already registered");
        });
    }
}
