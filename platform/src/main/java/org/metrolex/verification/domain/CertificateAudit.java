package org.metrolex.verification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Certificate audit (issue 4): the rules of {@link LegitimacyCheck}, each judged on the certificate's own
 * verification date, run over a set of issued certificates — the tool for a spot check of certificates
 * like the seed's (672 checked, 617 defective). The number must also be in {@link CertificateNumber}'s
 * format. A certificate counts as defective when it has at least one BLOCKING defect; warnings are
 * counted by code but do not make it defective.
 */
public final class CertificateAudit {

    private final LegitimacyCheck check;

    public CertificateAudit(LegitimacyCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    public AuditReport audit(Collection<IssuedCertificate> certificates) {
        Map<DefectCode, Long> byCode = new EnumMap<>(DefectCode.class);
        Map<String, long[]> byInstitution = new LinkedHashMap<>();
        List<AuditReport.DefectiveCertificate> defective = new ArrayList<>();
        for (IssuedCertificate c : certificates) {
            List<Defect> defects = defectsOf(c);
            String institution = c.content().institution() == null || c.content().institution().code() == null
                    ? AuditReport.UNKNOWN_INSTITUTION : c.content().institution().code();
            long[] tally = byInstitution.computeIfAbsent(institution, k -> new long[2]);
            tally[0]++;
            for (Defect d : defects) {
                byCode.merge(d.code(), 1L, Long::sum);
            }
            if (defects.stream().anyMatch(Defect::blocking)) {
                tally[1]++;
                defective.add(new AuditReport.DefectiveCertificate(c.number(), institution, defects));
            }
        }
        Map<String, AuditReport.InstitutionTally> institutions = new LinkedHashMap<>();
        byInstitution.forEach((k, v) -> institutions.put(k, new AuditReport.InstitutionTally(k, v[0], v[1])));
        return new AuditReport(certificates.size(), defective.size(), byCode, institutions, defective);
    }

    private List<Defect> defectsOf(IssuedCertificate c) {
        List<Defect> defects = new ArrayList<>(check.check(c.content()).defects());
        if (c.number() == null || c.number().isBlank()) {
            defects.add(new Defect(DefectCode.MANDATORY_FIELD_MISSING, "number", "必填项缺失：证书编号", "mandatory field missing: certificate number"));
        } else if (!CertificateNumber.isValid(c.number())) {
            defects.add(new Defect(DefectCode.CERTIFICATE_NUMBER_INVALID, "number",
                    "证书编号“" + c.number() + "”不符合“机构代码-年份-流水号”格式",
                    "certificate number '" + c.number() + "' is not of the form {institutionCode}-{year}-{sequence}"));
        }
        return defects;
    }
}
