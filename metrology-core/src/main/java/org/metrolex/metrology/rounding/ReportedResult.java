package org.metrolex.metrology.rounding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A measurement result stated with its expanded uncertainty, JJF 1059.1-2012 clause 5.3.8 (and GUM
 * 7.2.6): the uncertainty has at most two significant figures, and the result is rounded to the same
 * decimal position as the uncertainty's last digit. JJF 1059.1 allows rounding the uncertainty up
 * (只进不舍) so that it is never understated; the mode is the caller's choice, half-even by default.
 */
public record ReportedResult(BigDecimal value, BigDecimal uncertainty) {

    public static ReportedResult of(BigDecimal value, BigDecimal uncertainty, int figures, RoundingMode uncertaintyMode) {
        if (figures < 1 || figures > 2) {
            throw new IllegalArgumentException("an uncertainty is stated with one or two significant figures (JJF 1059.1 5.3.8), got " + figures);
        }
        if (uncertainty.signum() <= 0) {
            throw new IllegalArgumentException("uncertainty must be positive, got " + uncertainty);
        }
        BigDecimal u = Rounding.toSignificantFigures(uncertainty, figures, uncertaintyMode);
        // Rounding up can carry into a new digit (0.0996 → 0.10): keep the position of the last figure.
        BigDecimal v = Rounding.toDecimals(value, u.scale());
        return new ReportedResult(v, u.scale() < 0 ? u : u.setScale(u.scale()));
    }

    public static ReportedResult of(BigDecimal value, BigDecimal uncertainty) {
        return of(value, uncertainty, 2, RoundingMode.HALF_EVEN);
    }
}
