package org.metrolex.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.metrology.prepackage.LotInspection;
import org.metrolex.metrology.prepackage.NominalQuantity;
import org.metrolex.metrology.prepackage.SampleSelection;
import org.metrolex.metrology.rules.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prepackaged lot decisions (JJF 1070-2005 4.3, 附表4) per second on one thread: a 50-package lot
 * (N = 300, Qn = 500 g) as in a bulk import, rule editions resolved once. Eight different lots are
 * cycled so that the branch predictor does not learn one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class PrepackageBenchmark {

    private LotInspection inspection;
    private NominalQuantity nominal;
    private List<List<BigDecimal>> lots;
    private int next;

    @Setup
    public void setUp() {
        inspection = LotInspection.inForce(RuleBook.shipped(), LocalDate.of(2024, 3, 15));
        nominal = NominalQuantity.of("500", "g");
        SplittableRandom random = new SplittableRandom(1070);
        lots = new ArrayList<>();
        for (int l = 0; l < 8; l++) {
            List<BigDecimal> q = new ArrayList<>(50);
            for (int i = 0; i < 50; i++) {
                // actual contents to 0.1 g, as a balance reads them
                q.add(BigDecimal.valueOf(Math.round((501 + 3 * gaussian(random)) * 10), 1));
            }
            lots.add(q);
        }
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Benchmark
    public LotDecision decideLotOf50() {
        List<BigDecimal> q = lots.get(next);
        next = (next + 1) & 7;
        return inspection.decide(nominal, 300, q);
    }

    @Benchmark
    public int[] chooseSampleOf50From300() {
        return SampleSelection.choose(300, 50, next++);
    }
}
