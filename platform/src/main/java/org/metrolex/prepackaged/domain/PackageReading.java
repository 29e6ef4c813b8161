package org.metrolex.prepackaged.domain;

import java.math.BigDecimal;

/**
 * The reading of one sampled package, in the unit the nominal quantity is marked in.
 *
 * @param packageNumber the package's number in the lot (1..N), one of the drawn numbers
 * @param gross         the gross reading, or null where the net content was read directly
 * @param tare          the tare subtracted (the package's own, or the average), or null
 * @param net           the net content q used by the lot decision
 */
public record PackageReading(int packageNumber, BigDecimal gross, BigDecimal tare, BigDecimal net) {
}
