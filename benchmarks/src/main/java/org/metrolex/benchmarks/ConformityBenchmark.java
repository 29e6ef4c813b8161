package org.metrolex.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.conformity.ScaleReadings;
import org.metrolex.metrology.conformity.ScaleReadings.Weighing;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;
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
 * Conformity decisions per second on one thread for a typical scale verification: class III, e = 5 g,
 * Max = 15 kg, zero point, 5 load points and 3 repeatability weighings (they run inside bulk imports,
 * target ≥ 1 million per second). The readings are parsed once (an import parses each row once too);
 * the decision — edition lookup by date, errors, MPEs, repeatability, reasons — is what is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class ConformityBenchmark {

    private Conformity conformity;
    private ScaleReadings conforming;
    private ScaleReadings failing;
    private final LocalDate date = LocalDate.of(2025, 6, 1);

    @Setup
    public void setUp() {
        conformity = Conformity.using(RuleBook.shipped());
        List<Weighing> rep = List.of(Weighing.of("10000", "10005", "1.5"), Weighing.of("10000", "10005", "2.0"),
                Weighing.of("10000", "10000", "0.5"));
        conforming = readings("1.5", rep);
        failing = readings("0.5", rep);
    }

    private static ScaleReadings readings(String dl10000, List<Weighing> rep) {
        return new ScaleReadings(ScaleClass.III, new BigDecimal("5"), new BigDecimal("15000"), "g", VerificationKind.INITIAL, false,
                Weighing.of("50", "50", "1.0"),
                List.of(Weighing.of("100", "100", "1.5"), Weighing.of("2500", "2500", "1.0"), Weighing.of("5000", "5005", "2.0"),
                        Weighing.of("10000", "10005", dl10000), Weighing.of("15000", "15005", "1.0")),
                rep, List.of());
    }

    @Benchmark
    public ConformityDecision scaleVerificationConforming() {
        return conformity.decide(conforming, date);
    }

    @Benchmark
    public ConformityDecision scaleVerificationFailing() {
        return conformity.decide(failing, date);
    }

    /** The static entry point with the book passed each time (compiled tables are kept for the last book). */
    @Benchmark
    public ConformityDecision scaleVerificationStaticEntry() {
        return Conformity.decide(conforming, date, RuleBook.shipped());
    }
}
