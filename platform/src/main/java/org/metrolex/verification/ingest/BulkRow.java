package org.metrolex.verification.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.verification.Readings;
import org.metrolex.verification.domain.Conclusion;

/**
 * One record of a bulk upload as read from the body, before validation. Fields that could not be read
 * are null and named in {@code errors}; {@code line} is the line of the body where the record starts
 * (1-based; in CSV the header is line 1).
 *
 * @param checkerId  optional, with {@code approverId}: the checker (核验员) and the approver (批准人) who signed the
 *                   certificate in the institution's system (ADR 0020 amendment); both or neither
 * @param conclusion optional: the conclusion the client's own system reached. Never used as the result —
 *                   the decision is computed from the readings — but a contradicting one rejects the row.
 */
record BulkRow(long line, Long instrumentId, LocalDate verificationDate, Long verifierId, List<Long> standardIds,
               BigDecimal feeYuan, Boolean feeWaived, Conclusion conclusion, Readings readings, Long checkerId, Long approverId,
               List<FieldError> errors) {
}
