package org.metrolex.prepackaged;

import java.time.LocalDate;

/**
 * One line of the public C-mark list: public fields of an accepted declaration and the producer's
 * published inspection results (decided lots, accepted lots).
 */
public record PublicCMark(String enterpriseName, String creditCode, String regionName, String productScope,
                          LocalDate declaredOn, LocalDate acceptedOn, long lotsInspected, long lotsAccepted) {
}
