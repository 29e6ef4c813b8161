package org.metrolex.verification.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;

/**
 * What a certificate audit reads and keeps: the certificates issued here with the facts the legitimacy
 * rules need, and the imported files of external certificates with their stored reports. Reads are scoped
 * by {@link DataScope}: officers by the instrument's region (issued) or the importing officer's region
 * (imports).
 */
public interface CertificateAuditRecords {

    /** An issued certificate or notice with the stored facts of its verification. */
    record IssuedRow(long certificateId, String number, long institutionId, String kind, String status,
                     long verificationId, long instrumentId, String regionCode, long ownerEnterpriseId,
                     LocalDate verificationDate, Long verifierPersonId, String readingsJson, List<Long> standardIds,
                     Long ruleBookRevision) {
    }

    /**
     * Issued documents visible to the caller, filtered by institution (empty = any), region codes (null =
     * any) and verification date (inclusive, either end open), at most {@code limit} rows, oldest first.
     */
    List<IssuedRow> findIssued(DataScope scope, Collection<Long> institutionIds, Collection<String> regionCodes,
                               LocalDate from, LocalDate to, int limit);

    /** Issued documents visible to the caller among {@code certificateIds}, oldest first. */
    List<IssuedRow> findIssuedByIds(DataScope scope, Collection<Long> certificateIds);

    /** An imported file as stored; the JSON fields are null in list reads. */
    record StoredImport(long id, String sha256, String regionCode, String fileName, String importedBy,
                        OffsetDateTime importedAt, int rowsRead, int rowsRejected, int examined, int defective,
                        String reportJson, String errorsJson) {
    }

    Optional<StoredImport> findImport(DataScope scope, long id);

    Optional<StoredImport> findImportByContent(DataScope scope, String sha256, String regionCode);

    ResultPage<StoredImport> searchImports(DataScope scope, int page, int size);

    long insertImport(StoredImport row);
}
