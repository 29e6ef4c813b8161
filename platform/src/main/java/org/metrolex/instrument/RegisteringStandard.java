package org.metrolex.instrument;

import java.time.LocalDate;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.instrument.domain.MeasurementStandardDraft;
import org.metrolex.instrument.persistence.MeasurementStandards;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording a measurement standard of an institution and the assessment certificate (计量标准考核证书) it holds. */
@Service
public class RegisteringStandard {

    private final MeasurementStandards standards;
    private final InstrumentQueries queries;
    private final PartyManagement parties;
    private final AuditTrail audit;

    RegisteringStandard(MeasurementStandards standards, InstrumentQueries queries, PartyManagement parties, AuditTrail audit) {
        this.standards = standards;
        this.queries = queries;
        this.parties = parties;
        this.audit = audit;
    }

    /**
     * Records a measurement standard. Institution staff record their own institution's; officers any
     * institution they can see. The standard takes its institution's region, which scopes who reads it.
     */
    @Transactional
    public MeasurementStandard registerStandard(DataScope scope, MeasurementStandardDraft draft) {
        MeasurementStandardDraft d;
        if (scope.role() == Role.INSTITUTION_STAFF && scope.partyId() != null) {
            d = draft.ofInstitution(scope.partyId());
        } else if (scope.isOfficer()) {
            d = draft;
        } else {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer-or-institution",
                    "只有监管部门工作人员或检定机构可以登记计量标准", "only bureau officers or the institution may record standards")));
        }
        List<FieldError> errors = d.problems();
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        Institution institution = parties.institutionsInScope(scope).stream().filter(i -> i.id() == d.institutionId())
                .findFirst().orElseThrow(() -> new RuleViolation("institutionId", "exists", "检定机构不存在或不在您的管辖范围内",
                        "the institution does not exist or lies outside your jurisdiction"));
        long id = standards.insert(d, institution.regionCode());
        MeasurementStandard created = standards.find(scope, id).orElseThrow();
        audit.record("measurement-standard.register", "measurement-standard", id, null, created);
        return created;
    }

    /**
     * Records the assessment certificate (计量标准考核证书) of a standard, as a standard approval grants it
     * (licensing) or, with an earlier valid-until, as a revocation ends it. Officers of the standard's region only.
     */
    @Transactional
    public MeasurementStandard recordAssessmentCertificate(DataScope scope, long standardId, String certificateNo, LocalDate validUntil) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有监管部门可以登记计量标准考核证书",
                    "only bureau officers may record an assessment certificate")));
        }
        if (certificateNo == null || certificateNo.isBlank() || validUntil == null) {
            throw new RuleViolation("assessmentCertificateNo", "required", "考核证书编号及有效期必填",
                    "assessment certificate number and valid-until are required");
        }
        MeasurementStandard before = queries.requireStandard(scope, standardId);
        standards.setAssessment(standardId, certificateNo.strip(), validUntil);
        MeasurementStandard after = queries.requireStandard(scope, standardId);
        audit.record("measurement-standard.assessment", "measurement-standard", standardId, before, after);
        return after;
    }
}
