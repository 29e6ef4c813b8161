package org.metrolex.verification.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.conformity.FuelDispenserReadings;
import org.metrolex.metrology.conformity.ScaleReadings;
import org.metrolex.metrology.conformity.VerificationReadings;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.verification.Readings;

/**
 * The conformity decision of one bulk row: the readings of the family the instrument's category belongs to,
 * decided by {@code metrology-core} ({@link Conformity#decide} with the shipped {@link RuleBook}) — the same
 * mapping as {@code VerificationManagement.decide} of the one-by-one path (kept identical on purpose; that
 * class is owned elsewhere and can delegate here). Never a conclusion typed in by the client.
 */
final class ReadingsDecision {

    private ReadingsDecision() {
    }

    /** @throws IllegalArgumentException (or NullPointerException) when the readings cannot be decided */
    static ConformityDecision decide(InstrumentCategory category, Readings r, LocalDate date) {
        VerificationKind kind = r.kind() == null ? VerificationKind.SUBSEQUENT : VerificationKind.valueOf(r.kind().strip().toUpperCase());
        VerificationReadings readings = switch (category.code()) {
            case "PRICE_COMPUTING_SCALE", "DIGITAL_INDICATING_SCALE" -> new ScaleReadings(ScaleClass.parse(r.scaleClass()), r.e(), r.max(),
                    r.unit() == null ? "kg" : r.unit(), kind,
                    r.priceComputing() == null ? "PRICE_COMPUTING_SCALE".equals(category.code()) : r.priceComputing(),
                    weighing(r.zero()), list(r.loads()), list(r.repeatability()), list(r.eccentricity()));
            case "FUEL_DISPENSER" -> new FuelDispenserReadings(kind, r.runs() == null ? List.of() : r.runs().stream()
                    .map(x -> new FuelDispenserReadings.Run(x.flowPoint(), x.indicated(), x.standard(),
                            Boolean.TRUE.equals(x.atMinimumMeasuredQuantity()))).toList());
            default -> throw new IllegalArgumentException("readings: no readings form yet for category " + category.code()
                    + " / 尚不支持该类别的原始记录：" + category.nameZh());
        };
        return Conformity.decide(readings, date, RuleBook.shipped());
    }

    private static List<ScaleReadings.Weighing> list(List<Readings.Weighing> ws) {
        return ws == null ? List.of() : ws.stream().map(ReadingsDecision::weighing).toList();
    }

    private static ScaleReadings.Weighing weighing(Readings.Weighing w) {
        return w == null ? null : new ScaleReadings.Weighing(w.load(), w.indication(),
                w.addedWeights() == null ? BigDecimal.ZERO : w.addedWeights());
    }
}
