package org.metrolex.benchmarks;

import java.util.concurrent.TimeUnit;
import org.metrolex.metrology.uncertainty.Distribution;
import org.metrolex.metrology.uncertainty.Input;
import org.metrolex.metrology.uncertainty.MeasurementModel;
import org.metrolex.metrology.uncertainty.MonteCarlo;
import org.metrolex.metrology.uncertainty.MonteCarloResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte Carlo (JCGM 101) of the GUM H.1 end-gauge model, M = 10⁶ trials on one thread: drawing the nine
 * inputs (four t, three rectangular, one normal, one arcsine), evaluating the model, sorting the 10⁶ values
 * and computing y, u(y) and both 99 % coverage intervals. {@code bench/gum_h1_numpy.py} does the same in
 * numpy as the reference (issue 3: Java no slower than numpy).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class MonteCarloBenchmark {

    private static final double NM = 1e-6;

    /** GUM H.1 in mm and °C, inputs as in JCGM 101 9.5 (rectangular where it uses curvilinear trapezoids). */
    private final MeasurementModel endGauge = MeasurementModel.builder()
            .input("l_s", 50.000623, Distribution.studentT(25 * NM, 18))
            .input("d0", 215 * NM, Distribution.studentT(5.8 * NM, 24))
            .input("d1", 0, Distribution.studentT(3.9 * NM, 5))
            .input("d2", 0, Distribution.studentT(6.7 * NM, 8))
            .input("alpha_s", 11.5e-6, Distribution.rectangular(2e-6))
            .input("theta_bar", -0.1, Distribution.normal(0.2))
            .input("Delta", 0, Distribution.arcSine(0.5))
            .input(Input.of("d_alpha", 0, Distribution.rectangular(1e-6)).withDegreesOfFreedom(50))
            .input(Input.of("d_theta", 0, Distribution.rectangular(0.05)).withDegreesOfFreedom(2))
            .function(x -> {
                double ls = x[0];
                double d = x[1] + x[2] + x[3];
                double theta = x[5] + x[6];
                return ls + d - ls * (x[7] * theta + x[4] * x[8]);
            })
            .build();

    private final MonteCarlo monteCarlo = MonteCarlo.fixed(1_000_000, 20081).probability(0.99);

    @Benchmark
    public MonteCarloResult gumH1EndGaugeOneMillionTrials() {
        return monteCarlo.run(endGauge);
    }
}
