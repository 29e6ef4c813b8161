package org.metrolex.verification;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.conformity.ConformityDecision;

/**
 * The conformity decision an audit compares a certificate's conclusion with: recomputed by metrology-core
 * from the raw readings stored with the verification (issued here), or, for an imported certificate that
 * states only a summary of its readings, whether the largest error it states lies within the MPE it states
 * (JJF 1094: an instrument conforms when its errors do not exceed the maximum permissible errors; clause not
 * verified). When nothing can be decided the result is null and the audit reports the conclusion as
 * unsupported, never guesses.
 *
 * <p>Stored readings are decided by {@link Decisions#storedOrNull}, the code issuing uses, so an audit recomputes
 * exactly what issuing computed.
 */
final class AuditDecisions {

    private AuditDecisions() {
    }

    /** Conforming when |largest stated error| ≤ |stated MPE|; null when either is missing. */
    static ConformityDecision fromSummary(BigDecimal maxError, BigDecimal mpe) {
        if (maxError == null || mpe == null) {
            return null;
        }
        boolean conforming = maxError.abs().compareTo(mpe.abs()) <= 0;
        return new ConformityDecision(conforming, List.of(), List.of(), List.of(), List.of(), false);
    }
}
