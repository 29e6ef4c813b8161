package org.metrolex.supervision;

import java.util.Map;

/**
 * The result of a certificate spot check, as the seed reports it ("672 certificates of 32 institutions,
 * 617 defective"): certificates examined and defective, defects per code, and per institution.
 * A certificate is defective when it has at least one BLOCKING defect of the verification module's audit.
 */
public record CertificateReport(long examined, long defective, Map<String, Long> defectsByCode,
                                Map<String, InstitutionLine> byInstitution) {

    public record InstitutionLine(long institutionId, String institutionName, long examined, long defective) {
    }
}
