package org.metrolex.metrology.conformity;

import org.metrolex.metrology.mpe.VerificationKind;

/**
 * The raw readings of one verification of one instrument, by family. Errors and the decision are
 * computed from them by {@link Conformity}; nothing here is typed in as a result.
 */
public sealed interface VerificationReadings
        permits ScaleReadings, FuelDispenserReadings, WaterMeterReadings, GasMeterReadings,
        EarThermometerReadings, SphygmomanometerReadings {

    VerificationKind kind();
}
