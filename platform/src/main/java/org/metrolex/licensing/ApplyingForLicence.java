package org.metrolex.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.MeasurementStandard;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.DossierDraft;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.persistence.LicenceApplications;
import org.metrolex.licensing.persistence.LicenceProcedures;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.text.Labels;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise (type approval) or an institution (authorisation, standard approval) applies online under
 * the current version of the procedure; the application starts its acceptance clock on the day it is made.
 */
@Service
public class ApplyingForLicence {

    private final LicenceProcedures procedures;
    private final LicenceApplications applications;
    private final ApplicationFiles files;
    private final LicensingQueries queries;
    private final PartyManagement parties;
    private final InstrumentManagement instruments;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Labels labels;

    ApplyingForLicence(LicenceProcedures procedures, LicenceApplications applications, ApplicationFiles files,
                       LicensingQueries queries, PartyManagement parties, InstrumentManagement instruments,
                       RegionCatalogue regions, AuditTrail audit, Clock clock, Labels labels) {
        this.procedures = procedures;
        this.applications = applications;
        this.files = files;
        this.queries = queries;
        this.parties = parties;
        this.instruments = instruments;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.labels = labels;
    }

    @Transactional
    public ApplicationView apply(DataScope scope, DossierDraft draft) {
        return apply(scope, draft, LocalDate.now(clock));
    }

    @Transactional
    ApplicationView apply(DataScope scope, DossierDraft draft, LocalDate on) {
        StoredProcedure sp = procedures.currentVersion(draft.procedureCode()).orElse(null);
        LicenceType type = sp == null ? null : sp.procedure().licenceType();
        List<FieldError> errors = draft.problems(type);
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
        LicenceType.ApplicantKind kind = type.applicantKind();
        requireApplicantKind(scope, type);
        Applicant applicant = applicant(scope, kind);
        String subject = subject(scope, type, draft);
        LicenceApplication app = Refusals.enforce(() -> LicenceApplication.submit(sp.procedure(), draft.byCommitment(), on,
                scope.username(), labels));
        long id = applications.insert(new LicenceApplications.NewDossier(sp.id(), type, kind, scope.partyId(), applicant.name(),
                applicant.regionCode(), subject, draft.instrumentType(), draft.coveredRegionCode(), draft.model(),
                draft.standardId(), draft.byCommitment(), on));
        applications.append(id, 1, app.last(), app.status());
        Dossier created = files.require(scope, id);
        audit.record("licence-application.submit", "licence-application", id, null, created);
        return queries.view(scope, id);
    }

    private record Applicant(String name, String regionCode) {
    }

    /** Type approval is applied for by an enterprise, authorisation and standard approval by an institution. */
    private void requireApplicantKind(DataScope scope, LicenceType type) {
        boolean enterprise = type.applicantKind() == LicenceType.ApplicantKind.ENTERPRISE;
        boolean isKind = scope.partyId() != null && (enterprise
                ? scope.role() == Role.ENTERPRISE_USER : scope.role() == Role.INSTITUTION_STAFF);
        if (!isKind) {
            throw Refusals.forbidden("“" + labels.zh(type) + "”只能由" + (enterprise ? "企业" : "检定机构") + "申请",
                    labels.en(type) + " is applied for by " + (enterprise ? "an enterprise" : "an institution"));
        }
    }

    private Applicant applicant(DataScope scope, LicenceType.ApplicantKind kind) {
        if (kind == LicenceType.ApplicantKind.ENTERPRISE) {
            Enterprise e = parties.requireEnterprise(scope, scope.partyId());
            return new Applicant(e.name(), e.regionCode());
        }
        Institution i = parties.requireInstitution(scope, scope.partyId());
        return new Applicant(i.name(), i.regionCode());
    }

    /** Checks what the licence type needs and names the subject when the applicant left it empty. */
    private String subject(DataScope scope, LicenceType type, DossierDraft draft) {
        String subject = draft.subject();
        switch (type) {
            case INSTITUTION_AUTHORIZATION -> {
                if (!regions.exists(draft.coveredRegionCode())) {
                    throw new RuleViolation("coveredRegionCode", "gbt2260", "授权区域不是有效的行政区划代码", "the region covered is not a known region code");
                }
                if (instruments.catalogue().stream().noneMatch(c -> c.nameZh().equals(draft.instrumentType()))) {
                    throw new RuleViolation("instrumentType", "catalogue", "器具类别须为强制检定目录中的名称：" + draft.instrumentType(),
                            "the instrument type must be a name of the mandatory-verification catalogue: " + draft.instrumentType());
                }
                return subject.isEmpty() ? draft.instrumentType() + "（" + regions.fullName(draft.coveredRegionCode()) + "）" : subject;
            }
            case STANDARD_APPROVAL -> {
                MeasurementStandard s = instruments.requireStandard(scope, draft.standardId());
                if (s.institutionId() != scope.partyId()) {
                    throw new RuleViolation("standardId", "own", "只能为本机构的计量标准申请核准", "only the institution's own standards may be submitted");
                }
                return subject.isEmpty() ? s.name() : subject;
            }
            case TYPE_APPROVAL -> {
                return subject.isEmpty() ? draft.instrumentType() + " " + draft.model() : subject;
            }
            default -> throw new IllegalStateException(type.name());
        }
    }
}
