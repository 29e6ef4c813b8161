package org.metrolex.verification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.metrolex.verification.domain.AuditReport;

/**
 * An audit as shown and exported: where the certificates came from (ISSUED here, selected by
 * {@code selection}; or IMPORTED from a file, with its id, name, importer and rejected rows), the
 * {@link AuditReport} (counts by defect kind and by institution, every defective certificate with all
 * its defects) and the institution names for the report's institution keys.
 *
 * @param alreadyImported true when the same file had been imported before in this region: nothing was added
 */
public record CertificateAuditResult(Source source, AuditSelection selection, Long importId, String fileName,
                                     String importedBy, OffsetDateTime importedAt, boolean alreadyImported, int rowsRead,
                                     List<AuditRowError> rejected, AuditReport report, Map<String, String> institutionNames) {

    public enum Source { ISSUED, IMPORTED }

    public CertificateAuditResult {
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
        institutionNames = institutionNames == null ? Map.of() : Map.copyOf(institutionNames);
    }

    public String institutionName(String key) {
        return institutionNames.getOrDefault(key, key);
    }

    /** Share of defective certificates in per cent, one decimal (display only). */
    public String defectiveShare() {
        return report.examined() == 0 ? "—" : java.math.BigDecimal.valueOf(report.defective() * 100L)
                .divide(java.math.BigDecimal.valueOf(report.examined()), 1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
