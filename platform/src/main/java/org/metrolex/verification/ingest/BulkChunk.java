package org.metrolex.verification.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/** One chunk of a batch after its check: accepted rows in input order and the rejected ones. */
record BulkChunk(List<Accepted> accepted, List<Rejected> rejected) {

    /** An accepted row with everything computed, waiting for its ids and number in the writer. */
    record Accepted(long instrumentId, long ownerEnterpriseId, String regionCode, LocalDate verificationDate, long verifierId,
                    List<Long> standardIds, String readingsJson, boolean conforming, boolean anyUnverified, String editions,
                    BigDecimal feeYuan, boolean feeWaived, LocalDate validUntil, LocalDate nextDue, String standInEditions,
                    Long checkerId, Long approverId) {
    }

    record Rejected(long line, List<FieldError> errors) {
    }
}
