package org.metrolex.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.metrolex.metrology.comparison.AlgorithmA;
import org.metrolex.metrology.comparison.RobustEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Robust Algorithm A (ISO 13528 C.3.1) on one comparison of 77 laboratories — the size of the
 * provincial gas-meter comparison in the seed data — with the default stopping rule (third
 * significant figure). The results are normal around 100 with three gross outliers, so several
 * iterations winsorise values, as in real data.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComparisonBenchmark {

    private double[] labs77;

    @Setup
    public void setUp() {
        Random random = new Random(1117);
        labs77 = new double[77];
        for (int i = 0; i < labs77.length; i++) {
            labs77[i] = 100 + random.nextGaussian();
        }
        labs77[5] = 108;
        labs77[40] = 93;
        labs77[70] = 104.5;
    }

    @Benchmark
    public RobustEstimate algorithmA77Labs() {
        return AlgorithmA.of(labs77);
    }
}
