package org.metrolex.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.metrolex.metrology.rounding.Rounding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** GB/T 8170 rounding to an interval: the innermost step of every regulated figure. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoundingBenchmark {

    private final BigDecimal value = new BigDecimal("60.28");
    private final BigDecimal interval = new BigDecimal("0.5");

    @Benchmark
    public BigDecimal roundToHalfUnit() {
        return Rounding.toInterval(value, interval);
    }
}
