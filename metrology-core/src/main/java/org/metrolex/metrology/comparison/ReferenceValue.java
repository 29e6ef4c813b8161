package org.metrolex.metrology.comparison;

import java.math.BigDecimal;
import java.util.Set;
import org.metrolex.metrology.rounding.ReportedResult;

/**
 * The referenceValue of a Comparison and its standard uncertainty.
 *
 * <p>Both figures are unrounded {@code double}s, as computed: they are inputs to the scores, and
 * rounding them first would change the scores. Use {@link #reported(double)} to state the value for a
 * report (GB/T 8170 / JJF 1059.1 5.3.8 rounding).
 *
 * @param method              how the value was obtained
 * @param value               the reference value Y (or x_pt)
 * @param standardUncertainty u(Y), see {@link ReferenceValues} for the formula used by each method
 * @param contributors        the labIds whose results entered Y — a lab listed here is "inside the
 *                            reference", which changes its En formula (JJF 1117-2010, see {@link EnScores})
 * @param uncertaintyFormula  the formula that gave u(Y), so a report can state it
 */
public record ReferenceValue(ReferenceMethod method, double value, double standardUncertainty, Set<String> contributors,
                             String uncertaintyFormula) {

    public ReferenceValue {
        contributors = Set.copyOf(contributors);
    }

    /** U(Y) = k·u(Y). */
    public double expandedUncertainty(double coverageFactor) {
        InputChecks.positive("coverageFactor", coverageFactor);
        return coverageFactor * standardUncertainty;
    }

    public boolean includes(String labId) {
        return contributors.contains(labId);
    }

    /** Y with U(Y) = k·u(Y), the uncertainty to two significant figures and Y to the same decimal place. */
    public ReportedResult reported(double coverageFactor) {
        return ReportedResult.of(new BigDecimal(value), new BigDecimal(expandedUncertainty(coverageFactor)));
    }
}
