package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.CampaignStatus;
import org.metrolex.supervision.domain.FindingKind;
import org.metrolex.supervision.persistence.Campaigns;
import org.metrolex.supervision.persistence.Findings;
import org.metrolex.verification.Certificate;
import org.metrolex.verification.VerificationManagement;
import org.metrolex.verification.domain.AuditReport;
import org.metrolex.verification.domain.Defect;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the verification module's certificate rules over every drawn certificate of a certificate spot check (its
 * legitimacy check on the certificate's own verification date, plus the number format of {@code CertificateAudit});
 * each blocking defect becomes a finding, published as {@link FindingRecorded}, each certificate an inspection.
 */
@Service
public class AuditingCertificates {

    private final Campaigns campaigns;
    private final Findings findings;
    private final PartyManagement parties;
    private final VerificationManagement verifications;
    private final SupervisionGuards guards;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;

    AuditingCertificates(Campaigns campaigns, Findings findings, PartyManagement parties, VerificationManagement verifications,
                         SupervisionGuards guards, AuditTrail audit, ApplicationEventPublisher events, Clock clock, JsonMapper json) {
        this.campaigns = campaigns;
        this.findings = findings;
        this.parties = parties;
        this.verifications = verifications;
        this.guards = guards;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public CertificateReport audit(DataScope scope, long campaignId) {
        Campaign c = guards.managedCampaign(scope, campaignId);
        if (!c.type().targetsCertificates()) {
            throw new RuleViolation("campaignType", "certificates", "只有证书质量抽查才能运行证书审核",
                    "only a certificate spot check runs the certificate audit");
        }
        Refusals.requireStatus(c, CampaignStatus.DRAWN);
        LocalDate today = LocalDate.now(clock);
        List<Task> open = campaigns.findTasks(scope, campaignId).stream().filter(t -> "OPEN".equals(t.status())).toList();
        // one audit over all drawn certificates (the verification module's CertificateAudit: legitimacy rules on each
        // certificate's own verification date, plus the number format); only blocking defects become findings
        AuditReport report = verifications.auditCertificates(scope, open.stream().map(AuditingCertificates::certificateId).toList());
        Map<String, List<Defect>> defectsByNumber = new HashMap<>();
        report.defectiveCertificates().forEach(d -> defectsByNumber.put(d.number(),
                d.defects().stream().filter(Defect::blocking).toList()));
        for (Task task : open) {
            Certificate cert = verifications.requireCertificate(scope, certificateId(task));
            recordInspection(scope, task, cert, defectsByNumber.getOrDefault(cert.number(), List.of()), today);
        }
        return report(scope, campaignId);
    }

    private void recordInspection(DataScope scope, Task task, Certificate cert, List<Defect> defects, LocalDate today) {
        String summary = defects.isEmpty() ? "未发现问题"
                : String.join("；", defects.stream().map(d -> d.code().name() + "：" + d.messageZh()).toList());
        long inspectionId = campaigns.insertInspection(task.id(), task.campaignId(), today, 1, defects.isEmpty() ? 0 : 1,
                defects.isEmpty(), json.writeValueAsString(Map.of("certificate", cert.number(), "institutionId", cert.institutionId(),
                        "defects", defects)), summary, scope.username());
        for (Defect d : defects) {
            String description = d.code().name() + "：" + d.messageZh();
            long fid = findings.insert(inspectionId, task.campaignId(), task.targetKey(), task.targetName(), task.targetRegionCode(),
                    FindingKind.CERTIFICATE_DEFECT.name(), description);
            events.publishEvent(new FindingRecorded(fid, task.campaignId(), task.targetKey(), task.targetRegionCode(),
                    FindingKind.CERTIFICATE_DEFECT, description));
        }
        audit.record("supervision.certificate.audit", "supervision_inspection", inspectionId, null,
                Map.of("certificate", cert.number(), "defects", defects.stream().map(d -> d.code().name()).toList()));
    }

    /** The certificate spot check's report by defect code and institution (from the stored inspections). */
    @Transactional(readOnly = true)
    public CertificateReport report(DataScope scope, long campaignId) {
        guards.campaign(scope, campaignId);
        Map<String, Long> byCode = new TreeMap<>();
        Map<String, CertificateReport.InstitutionLine> byInstitution = new TreeMap<>();
        Map<String, List<Finding>> findingsByTarget = new LinkedHashMap<>();
        findings.findByCampaign(scope, campaignId).forEach(f -> findingsByTarget.computeIfAbsent(f.targetKey(), k -> new ArrayList<>()).add(f));
        Map<Long, String> names = new LinkedHashMap<>();
        parties.institutionsInScope(scope).forEach(i -> names.put(i.id(), i.name()));
        boolean publicNamesRead = false;
        long examined = 0;
        long defective = 0;
        for (Task task : campaigns.findTasks(scope, campaignId)) {
            if (campaigns.findInspection(scope, task.id()).isEmpty()) {
                continue;
            }
            Certificate cert = verifications.requireCertificate(scope, certificateId(task));
            List<Finding> fs = findingsByTarget.getOrDefault(task.targetKey(), List.of());
            examined++;
            defective += fs.isEmpty() ? 0 : 1;
            fs.forEach(f -> byCode.merge(f.description().split("：", 2)[0], 1L, Long::sum));
            String key = "I" + cert.institutionId();
            var before = byInstitution.get(key);
            if (!names.containsKey(cert.institutionId()) && !publicNamesRead) {
                publicNamesRead = true;
                readPublicNames(names);
            }
            String name = names.getOrDefault(cert.institutionId(), key);
            byInstitution.put(key, new CertificateReport.InstitutionLine(cert.institutionId(), name,
                    (before == null ? 0 : before.examined()) + 1, (before == null ? 0 : before.defective()) + (fs.isEmpty() ? 0 : 1)));
        }
        return new CertificateReport(examined, defective, byCode, byInstitution);
    }

    /**
     * Certificates drawn in the region may come from institutions registered elsewhere (e.g. the provincial
     * institute): their names are public (the public registry of institutions).
     */
    private void readPublicNames(Map<Long, String> names) {
        for (int page = 1; ; page++) {
            ResultPage<Institution> p = parties.publicInstitutions(null, page, ResultPage.MAX_SIZE);
            p.items().forEach(i -> names.putIfAbsent(i.id(), i.name()));
            if (!p.hasNext()) {
                break;
            }
        }
    }

    private static long certificateId(Task task) {
        return Long.parseLong(task.targetKey().substring(1));
    }
}
