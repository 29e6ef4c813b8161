package org.metrolex.metrology.conformity;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.metrology.mpe.VerificationKind;

/**
 * Readings of one verification of a fuel dispenser (JJG 443): runs at flow points, each with the
 * dispenser's indicated volume V_J and the standard's volume V_s (already corrected to the reference
 * conditions by the verifier). Runs with the same {@code flowPoint} label are one flow point.
 */
public record FuelDispenserReadings(VerificationKind kind, List<Run> runs) implements VerificationReadings {

    public FuelDispenserReadings {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    public record Run(String flowPoint, BigDecimal indicated, BigDecimal standard, boolean atMinimumMeasuredQuantity) {

        public static Run of(String flowPoint, String indicated, String standard) {
            return new Run(flowPoint, new BigDecimal(indicated), new BigDecimal(standard), false);
        }
    }
}
