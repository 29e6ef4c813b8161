package org.metrolex.metrology.uncertainty;

/**
 * A measurement function that also gives its exact partial derivatives cᵢ = ∂f/∂xᵢ (GUM 5.1.3), so the
 * law of propagation needs no finite differences. {@link ModelExpression} compiles formulas into one.
 */
public interface DifferentiableModelFunction extends ModelFunction {

    /** ∂f/∂x_i at {@code x}; may be NaN or infinite where f is not differentiable there. */
    double partialDerivative(double[] x, int i);
}
