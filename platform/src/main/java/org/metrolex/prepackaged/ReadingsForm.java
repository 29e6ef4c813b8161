package org.metrolex.prepackaged;

import java.math.BigDecimal;
import java.util.List;

/**
 * Typed readings of the drawn packages.
 *
 * @param tareMode    NET, AVERAGE_TARE or PER_PACKAGE
 * @param averageTare the average tare (AVERAGE_TARE only)
 * @param readings    one entry per drawn package: net (NET) or gross (and tare for PER_PACKAGE)
 */
public record ReadingsForm(String tareMode, BigDecimal averageTare, List<Entry> readings) {

    public record Entry(Integer packageNumber, BigDecimal gross, BigDecimal tare, BigDecimal net) {
    }
}
