package org.metrolex.metrology.uncertainty;

/**
 * The measurement function y = f(x₁ … x_N) (GUM 4.1.1). {@code x} holds the input values in the order
 * the inputs were declared ({@link MeasurementModel#indexOf(String)} gives a name's position).
 * Monte Carlo calls it once per trial with a reused array: it must not keep or modify the array, and
 * should not allocate, so that 10⁶ trials stay a tight loop over primitive doubles.
 */
@FunctionalInterface
public interface ModelFunction {

    double value(double[] x);
}
