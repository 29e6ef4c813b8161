package org.metrolex.supervision.domain;

import java.math.BigDecimal;

/**
 * One fuel dispenser checked at a gas station: its number and one run on site, the dispenser's
 * indicated volume V_J and the standard metal measure's volume V_s in litres (JJG 443).
 */
public record DispenserCheck(String dispenser, BigDecimal indicated, BigDecimal standard) {
}
