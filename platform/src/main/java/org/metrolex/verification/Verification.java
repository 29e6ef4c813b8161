package org.metrolex.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.metrolex.verification.domain.VerificationStatus;

/**
 * One verification as stored: the booking, the assignment, the recorded readings (as submitted, JSON)
 * and the summary of the decision computed from them; then the checker's and the approver's signatures
 * (ADR 0019), null until given and again after the readings are corrected.
 */
public record Verification(long id, long instrumentId, Long institutionId, long ownerEnterpriseId, String regionCode,
                           VerificationStatus status, OffsetDateTime bookedAt, LocalDate verificationDate,
                           Long verifierPersonId, List<Long> standardIds, String readingsJson, Boolean conforming,
                           Boolean anyUnverified, String editions, BigDecimal feeYuan, boolean feeWaived, int version,
                           Long checkerPersonId, OffsetDateTime checkedAt, Long approverPersonId, OffsetDateTime approvedAt) {

    public Verification {
        standardIds = standardIds == null ? List.of() : List.copyOf(standardIds);
    }
}
