package org.metrolex.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.conformity.FuelDispenserReadings;
import org.metrolex.metrology.conformity.ScaleReadings;
import org.metrolex.metrology.conformity.VerificationReadings;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.metrology.rules.RuleBook;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformity decision an audit compares a certificate's conclusion with: recomputed by metrology-core
 * from the raw readings stored with the verification (issued here), or, for an imported certificate that
 * states only a summary of its readings, whether the largest error it states lies within the MPE it states
 * (JJF 1094: an instrument conforms when its errors do not exceed the maximum permissible errors; clause not
 * verified). When nothing can be decided the result is null and the audit reports the conclusion as
 * unsupported, never guesses.
 *
 * <p>The mapping of stored readings to a family mirrors the one used at issue in {@link VerificationManagement}
 * (kept apart because that class is the issuing path; both read the same {@link Readings} record).
 */
final class AuditDecisions {

    private AuditDecisions() {
    }

    /** The decision from stored readings of an instrument of {@code categoryCode}; null when they cannot be decided. */
    static ConformityDecision fromReadings(JsonMapper json, String categoryCode, String readingsJson, LocalDate date) {
        if (readingsJson == null || date == null || categoryCode == null) {
            return null;
        }
        try {
            Readings r = json.readValue(readingsJson, Readings.class);
            VerificationKind kind = r.kind() == null ? VerificationKind.SUBSEQUENT : VerificationKind.valueOf(r.kind().strip().toUpperCase());
            VerificationReadings readings = switch (categoryCode) {
                case "PRICE_COMPUTING_SCALE", "DIGITAL_INDICATING_SCALE" -> new ScaleReadings(ScaleClass.parse(r.scaleClass()), r.e(), r.max(),
                        r.unit() == null ? "kg" : r.unit(), kind,
                        r.priceComputing() == null ? "PRICE_COMPUTING_SCALE".equals(categoryCode) : r.priceComputing(),
                        weighing(r.zero()), weighings(r.loads()), weighings(r.repeatability()), weighings(r.eccentricity()));
                case "FUEL_DISPENSER" -> new FuelDispenserReadings(kind, r.runs() == null ? List.of() : r.runs().stream()
                        .map(x -> new FuelDispenserReadings.Run(x.flowPoint(), x.indicated(), x.standard(),
                                Boolean.TRUE.equals(x.atMinimumMeasuredQuantity()))).toList());
                default -> null;
            };
            return readings == null ? null : Conformity.decide(readings, date, RuleBook.shipped());
        } catch (RuntimeException e) {
            // unreadable or undecidable readings support no conclusion: reported as CONCLUSION_NOT_SUPPORTED
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

    private static List<ScaleReadings.Weighing> weighings(List<Readings.Weighing> ws) {
        return ws == null ? List.of() : ws.stream().map(AuditDecisions::weighing).toList();
    }

    private static ScaleReadings.Weighing weighing(Readings.Weighing w) {
        return w == null ? null : new ScaleReadings.Weighing(w.load(), w.indication(),
                w.addedWeights() == null ? BigDecimal.ZERO : w.addedWeights());
    }
}
