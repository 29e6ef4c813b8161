package org.metrolex.verification.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a {@link CertificateAudit}: how many certificates were examined and how many are
 * defective, the number of defects of each code (a certificate with two expired standards counts
 * twice under that code), the tally per institution code, and
 * each defective certificate with all its defects, in input order.
 */
public record AuditReport(long examined, long defective, Map<DefectCode, Long> byCode,
                          Map<String, InstitutionTally> byInstitution, List<DefectiveCertificate> defectiveCertificates) {

    /** Institution key for certificates that do not name their institution. */
    public static final String UNKNOWN_INSTITUTION = "?";

    public AuditReport {
        byCode = Collections.unmodifiableMap(new EnumMap<>(byCode.isEmpty() ? new EnumMap<>(DefectCode.class) : byCode));
        byInstitution = Collections.unmodifiableMap(new LinkedHashMap<>(byInstitution));
        defectiveCertificates = List.copyOf(defectiveCertificates);
    }

    public long count(DefectCode code) {
        return byCode.getOrDefault(code, 0L);
    }

    public record InstitutionTally(String institutionCode, long examined, long defective) {
    }

    public record DefectiveCertificate(String number, String institutionCode, List<Defect> defects) {

        public DefectiveCertificate {
            defects = List.copyOf(defects);
        }
    }
}
