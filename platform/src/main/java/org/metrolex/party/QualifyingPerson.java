package org.metrolex.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Person;
import org.metrolex.party.persistence.People;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau of a person's region records a qualification certificate (scope and validity) of an inspector or verifier. */
@Service
public class QualifyingPerson {

    private final People people;
    private final RegisteringPerson registry;
    private final AuditTrail audit;

    QualifyingPerson(People people, RegisteringPerson registry, AuditTrail audit) {
        this.people = people;
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    public Person addQualification(DataScope scope, long personId, String certificateNo, String qualificationScope,
                                   LocalDate validFrom, LocalDate validUntil) {
        Person before = registry.require(scope, personId);
        WriteRule.BUREAU_OF_REGION.require(scope, before.regionCode());
        List<FieldError> errors = new ArrayList<>();
        if (WriteRule.blank(certificateNo)) {
            errors.add(new FieldError("certificateNo", "required", "证书编号必填", "certificate number is required"));
        }
        if (WriteRule.blank(qualificationScope)) {
            errors.add(new FieldError("scope", "required", "资格范围必填", "scope is required"));
        }
        if (validFrom == null || validUntil == null) {
            errors.add(new FieldError("validUntil", "required", "有效期起止日期必填", "validity dates are required"));
        } else if (validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "after-from", "有效期至不得早于有效期起", "valid until must not be before valid from"));
        }
        WriteRule.requireValid(errors);
        people.addQualification(personId, certificateNo.strip(), qualificationScope.strip(), validFrom, validUntil);
        Person after = people.find(scope, personId).orElseThrow();
        audit.record("person.qualify", "person", personId, before.qualifications(), after.qualifications());
        return after;
    }
}
