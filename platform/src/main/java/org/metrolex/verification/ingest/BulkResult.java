package org.metrolex.verification.ingest;

import java.time.OffsetDateTime;

/**
 * The answer to a bulk upload and to the status query: counts of the batch and the certificate numbers it
 * was given. {@code replayed} is true when the same batch key was sent again: nothing was written and the
 * original result is returned.
 *
 * @param certificates verification certificates (检定证书) issued for conforming rows
 * @param notices      notices of non-conformity (检定结果通知书) for the other accepted rows
 * @param firstNumber  first certificate number of the batch (all accepted rows are numbered consecutively)
 */
public record BulkResult(String batchKey, String format, String status, long rowsTotal, long rowsAccepted, long rowsRejected,
                         long certificates, long notices, String firstNumber, String lastNumber, String bodySha256,
                         String submittedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, boolean replayed,
                         String errorsUrl) {
}
