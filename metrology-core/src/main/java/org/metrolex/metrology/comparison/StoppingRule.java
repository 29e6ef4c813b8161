package org.metrolex.metrology.comparison;

/**
 * When {@link AlgorithmA} stops iterating. ISO 13528:2022 C.3.1 leaves the criterion to the user
 * ("convergence may be assumed when there is no change from one iteration to the next in the third
 * significant figure of the robust standard deviation and of the equivalent figure in the robust
 * average"); different rules give slightly different x* and s*, so the rule is part of the result.
 *
 * @param kind              which criterion
 * @param relativeTolerance for {@link Kind#RELATIVE_TOLERANCE}: stop when |Δs*| ≤ tol·s* and
 *                          |Δx*| ≤ tol·s* (x* is measured against s*, since x* may be near zero)
 * @param maxIterations     the hard limit; reaching it without meeting the criterion gives a result
 *                          flagged {@code converged = false}
 */
public record StoppingRule(Kind kind, double relativeTolerance, int maxIterations) {

    public enum Kind {
        /**
         * The default, ISO 13528:2022 C.3.1: s* rounded to three significant figures and x* rounded to
         * the same decimal place ("the equivalent figure") are both unchanged from the previous
         * iteration. Rounding is half-even on the exact binary value of the double.
         */
        THIRD_SIGNIFICANT_FIGURE,
        /** |Δs*| ≤ tol·s* and |Δx*| ≤ tol·s* between successive iterations. */
        RELATIVE_TOLERANCE
    }

    public static final int DEFAULT_MAX_ITERATIONS = 100;

    public StoppingRule {
        if (kind == null) {
            throw new IllegalArgumentException("stoppingRule.kind is required (迭代终止准则不能为空)");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("stoppingRule.maxIterations must be at least 1 (最大迭代次数至少为 1), got " + maxIterations);
        }
        if (kind == Kind.RELATIVE_TOLERANCE) {
            InputChecks.probability("stoppingRule.relativeTolerance", relativeTolerance);
        }
    }

    /** The ISO 13528 default with at most 100 iterations. */
    public static StoppingRule thirdSignificantFigure() {
        return new StoppingRule(Kind.THIRD_SIGNIFICANT_FIGURE, 0, DEFAULT_MAX_ITERATIONS);
    }

    public static StoppingRule thirdSignificantFigure(int maxIterations) {
        return new StoppingRule(Kind.THIRD_SIGNIFICANT_FIGURE, 0, maxIterations);
    }

    public static StoppingRule relativeTolerance(double tolerance, int maxIterations) {
        return new StoppingRule(Kind.RELATIVE_TOLERANCE, tolerance, maxIterations);
    }
}
