package org.metrolex.licensing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.RequiredDocument;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.domain.Licence;
import org.metrolex.licensing.persistence.LicenceApplications;
import org.metrolex.licensing.persistence.LicenceDocuments;
import org.metrolex.licensing.persistence.LicenceProcedures;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.text.Labels;
import org.springframework.stereotype.Component;

/**
 * What every licensing use case does with one application: find it in the caller's scope, rebuild it under
 * its procedure version from its history, and store the next event with its audit record.
 */
@Component
class ApplicationFiles {

    private final LicenceProcedures procedures;
    private final LicenceApplications applications;
    private final LicenceDocuments documents;
    private final AuditTrail audit;
    private final Labels labels;

    ApplicationFiles(LicenceProcedures procedures, LicenceApplications applications, LicenceDocuments documents, AuditTrail audit,
                     Labels labels) {
        this.labels = labels;
        this.procedures = procedures;
        this.applications = applications;
        this.documents = documents;
        this.audit = audit;
    }

    Dossier require(DataScope scope, long id) {
        return applications.find(scope, id).orElseThrow(() -> RuleViolation.notFound("许可申请/licence application", id));
    }

    StoredProcedure procedureOf(Dossier d) {
        return procedures.versionById(d.procedureId()).orElseThrow();
    }

    LicenceApplication replay(Dossier d, StoredProcedure sp) {
        return LicenceApplication.replay(sp.procedure(), d.byCommitment(), applications.historiesOf(List.of(d.id())).get(d.id()),
                labels);
    }

    /** The procedure's required documents of which no upload of that kind exists. */
    List<RequiredDocument> missingDocuments(DataScope scope, Dossier d, StoredProcedure sp) {
        List<LicenceDocument> docs = documents.findByApplication(scope, d.id());
        return sp.procedure().documents().stream()
                .filter(req -> docs.stream().noneMatch(doc -> doc.requirement().equals(req.code()))).toList();
    }

    /** Optimistic lock: a change made since {@code expectedVersion} (null: the one read now) answers 409. */
    void claim(Dossier d, Integer expectedVersion) {
        applications.claim(d.id(), expectedVersion == null ? d.version() : expectedVersion);
    }

    /** Appends the event the aggregate registered and audits the new status, in the caller's transaction. */
    void store(Dossier d, LicenceApplication app, ApplicationEvent e, Licence licence) {
        applications.append(d.id(), app.events().size(), e, app.status());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", app.status().name());
        after.put("event", e);
        if (licence != null) {
            after.put("licence", licence);
        }
        audit.record("licence-application." + e.kind().name().toLowerCase().replace('_', '-'), "licence-application", d.id(),
                Map.of("status", d.status().name()), after);
    }

    static boolean isApplicant(DataScope scope, Dossier d) {
        return scope.isParty(d.applicantKind() == LicenceType.ApplicantKind.ENTERPRISE
                ? DataScope.PartyKind.ENTERPRISE : DataScope.PartyKind.INSTITUTION, d.applicantId());
    }

    /** The provincial bureau, or a city bureau for applicants in its region (the licensing authority in the seed). */
    static boolean decides(DataScope scope, Dossier d) {
        return (scope.role() == Role.PROVINCE_ADMIN || scope.role() == Role.CITY_OFFICER) && scope.coversRegion(d.regionCode());
    }
}
