package org.metrolex.metrology.rounding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounding of numbers, GB/T 8170-2008 "数值修约规则与极限数值的表示和判定".
 *
 * <ul>
 *   <li>Clause 3.2 (进舍规则): the digit dropped decides; on an exact 5 with nothing after it the
 *       retained last digit is made even — {@link RoundingMode#HALF_EVEN}.</li>
 *   <li>Clause 3.1 (修约间隔): rounding to an interval of 1, 2 or 5 × 10ⁿ. The 0.5-unit and 0.2-unit
 *       procedures of clause 3.4 (round 2X, resp. 5X, to the unit, then divide) are the same as
 *       rounding X / interval to an integer, which is what is done here.</li>
 *   <li>Clause 3.2.6 (负数修约): round the absolute value, then restore the sign. Half-even is symmetric,
 *       so rounding the signed value gives the same result.</li>
 *   <li>Clause 3.3 (不允许连续修约): always round the original value in one step.</li>
 * </ul>
 */
public final class Rounding {

    private Rounding() {
    }

    /** Rounds to the given interval (e.g. 0.1, 0.5, 0.2, 10, 2E+2); the result has the interval's scale. */
    public static BigDecimal toInterval(BigDecimal value, BigDecimal interval) {
        return toInterval(value, interval, RoundingMode.HALF_EVEN);
    }

    /** As {@link #toInterval(BigDecimal, BigDecimal)} with another mode where a regulation says so (e.g. UP). */
    public static BigDecimal toInterval(BigDecimal value, BigDecimal interval, RoundingMode mode) {
        requireInterval(interval);
        BigDecimal units = value.divide(interval, MathContext.DECIMAL128).setScale(0, mode);
        return units.multiply(interval);
    }

    /** Rounds to {@code decimals} places after the point (negative: to tens, hundreds …). */
    public static BigDecimal toDecimals(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** Rounds to {@code figures} significant figures (GB/T 8170 clause 2.3 for the term). */
    public static BigDecimal toSignificantFigures(BigDecimal value, int figures) {
        return toSignificantFigures(value, figures, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal toSignificantFigures(BigDecimal value, int figures, RoundingMode mode) {
        if (figures < 1) {
            throw new IllegalArgumentException("significant figures must be at least 1, got " + figures);
        }
        if (value.signum() == 0) {
            return value;
        }
        return value.round(new MathContext(figures, mode));
    }

    /** The decimal position of the last significant figure: 2 for 0.025, 0 for 12, −2 for 1.2E+3. */
    public static int lastDigitPosition(BigDecimal value) {
        return value.scale();
    }

    private static void requireInterval(BigDecimal interval) {
        if (interval.signum() <= 0) {
            throw new IllegalArgumentException("rounding interval must be positive (GB/T 8170 clause 3.1), got " + interval);
        }
        BigDecimal unscaled = interval.stripTrailingZeros();
        // One significant digit, and that digit 1, 2 or 5 (987395.37 is refused here, not as an overflow).
        int lead = unscaled.precision() == 1 ? unscaled.unscaledValue().intValue() : 0;
        if (lead != 1 && lead != 2 && lead != 5) {
            throw new IllegalArgumentException("rounding interval must be 1, 2 or 5 × 10ⁿ (GB/T 8170 clause 3.1), got " + interval);
        }
    }
}
