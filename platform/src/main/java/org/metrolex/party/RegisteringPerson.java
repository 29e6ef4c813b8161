package org.metrolex.party;

import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.party.persistence.Institutions;
import org.metrolex.party.persistence.People;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Service;

/** The registry of inspectors and verifiers, kept by the bureau of their region; their institution must be visible. */
@Service
public class RegisteringPerson extends RegisteringParty<Person, PersonDraft> {

    private final Institutions institutions;

    RegisteringPerson(People people, Institutions institutions, RegionCatalogue regions, AuditTrail audit) {
        super(people, "person", "人员/person", WriteRule.BUREAU_OF_REGION, regions, audit);
        this.institutions = institutions;
    }

    @Override
    void checkAgainstRegistry(DataScope scope, PersonDraft draft, Long id) {
        Long institutionId = draft.institutionId();
        if (institutionId != null && institutions.find(scope, institutionId).isEmpty()) {
            throw new RuleViolation("institutionId", "exists", "所属机构不存在或不在您的管辖范围内",
                    "the institution does not exist or lies outside your jurisdiction");
        }
    }
}
