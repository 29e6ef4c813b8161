package org.metrolex.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformity decision an audit compares a certificate's conclusion with: recomputed by metrology-core
 * from the raw readings stored with the verification (issued here), or, for an imported certificate that
 * states only a summary of its readings, whether the largest error it states lies within the MPE it states
 * (JJF 1094: an instrument conforms when its errors do not exceed the maximum permissible errors; clause not
 * verified). When nothing can be decided the result is null and the audit reports the conclusion as
 * unsupported, never guesses.
 *
 * <p>The mapping of stored readings to a family is the one used at issue: {@link Readings#decide} (all six
 * families of metrology-core), so an audit recomputes exactly what issuing computed.
 */
final class AuditDecisions {

    private AuditDecisions() {
    }

    /**
     * The decision from stored readings of an instrument of {@code categoryCode}, with the rule book revision
     * the verification was decided with; null when they cannot be decided.
     */
    static ConformityDecision fromReadings(JsonMapper json, String categoryCode, String readingsJson, LocalDate date,
                                           Conformity conformity) {
        if (readingsJson == null || date == null || categoryCode == null) {
            return null;
        }
        try {
            return json.readValue(readingsJson, Readings.class).decide(categoryCode, date, conformity);
        } catch (RuntimeException e) {
            // unreadable or undecidable readings (or a category without a readings family) support no conclusion:
            // reported as CONCLUSION_NOT_SUPPORTED
            return null;
        }
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
