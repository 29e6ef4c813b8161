package org.metrolex.metrology.comparison;

import java.util.List;

/**
 * The outcome of {@link AlgorithmA}: the robust average x*, the robust standard deviation s*, the
 * standard uncertainty of x* as an assigned value, and how the iteration went.
 *
 * <p>The figures are unrounded {@code double}s; round them for the report (ISO 13528:2022 5.5.4 /
 * GB/T 8170) only after they have been used as x_pt and σ_pt.
 *
 * @param robustMean          x*
 * @param robustStdDev        s*
 * @param uncertaintyOfMean   u(x_pt) = 1.25·s* / √p, ISO 13528:2022 7.7.3
 * @param participants        p
 * @param iterations          iteration 0 (x* = median, s* = 1.483·MAD) and every update after it
 * @param converged           false when {@link StoppingRule#maxIterations()} was reached first
 * @param stoppingRule        the rule that was applied
 */
public record RobustEstimate(double robustMean, double robustStdDev, double uncertaintyOfMean, int participants,
                             List<Iteration> iterations, boolean converged, StoppingRule stoppingRule) {

    public RobustEstimate {
        iterations = List.copyOf(iterations);
    }

    /**
     * One line of the iteration report.
     *
     * @param number       0 for the starting values, then 1, 2, …
     * @param robustMean   x* after this iteration
     * @param robustStdDev s* after this iteration
     * @param delta        δ = 1.5·s* used to winsorise in this iteration (the previous s*); NaN for 0
     * @param winsorised   how many values were pulled in to x* ± δ in this iteration (0 for iteration 0)
     */
    public record Iteration(int number, double robustMean, double robustStdDev, double delta, int winsorised) {
    }

    /** Number of updates performed (iteration 0 not counted). */
    public int iterationCount() {
        return iterations.size() - 1;
    }
}
