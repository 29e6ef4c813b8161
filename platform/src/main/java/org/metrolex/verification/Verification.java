package org.metrolex.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.metrolex.verification.domain.VerificationStatus;

/**
 * One verification as stored: the booking, the assignment, the recorded readings (as submitted, JSON)
 * and the summary of the decision computed from them: the editions that decided (with the loaded
 * version, e.g. "… v2"), the revision of the rule book they came from (null: the shipped editions) and
 * the editions in force that were decided with a stand-in ("rule-id|regulation" per line, null: none);
 * then the checker's and the approver's signatures (ADR 0020), null until given and again after the
 * readings are corrected.
 */
public record Verification(long id, long instrumentId, Long institutionId, long ownerEnterpriseId, String regionCode,
                           VerificationStatus status, OffsetDateTime bookedAt, LocalDate verificationDate,
                           Long verifierPersonId, List<Long> standardIds, String readingsJson, Boolean conforming,
                           Boolean anyUnverified, String editions, BigDecimal feeYuan, boolean feeWaived, int version,
                           Long ruleBookRevision, String standInEditions,
                           Long checkerPersonId, OffsetDateTime checkedAt, Long approverPersonId, OffsetDateTime approvedAt) {

    public Verification {
        standardIds = standardIds == null ? List.of() : List.copyOf(standardIds);
    }
}
