package org.metrolex.metrology.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.comparison.AlgorithmA;
import org.metrolex.metrology.comparison.ConsistencyCheck;
import org.metrolex.metrology.comparison.EnScores;
import org.metrolex.metrology.comparison.Grubbs;
import org.metrolex.metrology.comparison.GrubbsAlternative;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.Niqr;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.ProficiencyScores;
import org.metrolex.metrology.comparison.QuartileConvention;
import org.metrolex.metrology.comparison.ReferenceMethod;
import org.metrolex.metrology.comparison.ReferenceValue;
import org.metrolex.metrology.comparison.ReferenceValues;
import org.metrolex.metrology.comparison.RobustEstimate;
import org.metrolex.metrology.comparison.Score;
import org.metrolex.metrology.comparison.StoppingRule;
import org.metrolex.metrology.rules.RuleBook;

/** Inter-laboratory comparisons (JJF 1117-2010, ISO 13528, CNAS-GL002). */
final class ComparisonCommands {

    private ComparisonCommands() {
    }

    static void register(Map<String, MetrologyCli.Command> commands) {
        commands.put("comparison", Commands.command(
                "reference value, χ²/Birge consistency and En of each laboratory (JJF 1117)", ComparisonCommands::comparison));
        commands.put("algorithm-a", Commands.command(
                "robust mean and deviation by ISO 13528 Algorithm A, NIQR, Grubbs and z scores", ComparisonCommands::algorithmA));
    }

    private static LabResult lab(Input in) {
        return new LabResult(in.text("id"), in.decimal("value"), in.decimal("U"), in.decimal("k", java.math.BigDecimal.valueOf(2)));
    }

    static Object comparison(Input all) {
        Input in = all.forStatistics();
        List<LabResult> labs = in.list("labs", ComparisonCommands::lab);
        LocalDate date = in.date("date", LocalDate.now());
        java.util.Set<String> excluded = excluded(in, labs);
        List<LabResult> inReference = labs.stream().filter(l -> !excluded.contains(l.labId())).toList();
        boolean given = in.has("reference") && !in.object("reference").has("method");
        ReferenceValue reference = given ? givenReference(in.object("reference")) : reference(in, inReference);
        double k = in.decimal("referenceK", java.math.BigDecimal.valueOf(2)).doubleValue();
        double transfer = in.decimal("transferU", java.math.BigDecimal.ZERO).doubleValue();
        PerformanceCriteria criteria = PerformanceCriteria.inForce(RuleBook.shipped(), date);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("method", reference.method().name());
        ref.put("value", reference.value());
        ref.put("standardUncertainty", reference.standardUncertainty());
        ref.put("expandedUncertainty", reference.expandedUncertainty(k));
        ref.put("k", k);
        ref.put("labs", given ? List.of() : inReference.stream().map(LabResult::labId).toList());
        ref.put("excluded", List.copyOf(excluded));
        out.put("reference", ref);
        if (!given) {
            out.put("consistency", consistency(inReference, reference));
        }
        out.put("en", EnScores.evaluate(labs, reference, k, transfer, criteria).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lab", e.labId());
            m.put("inReference", reference.includes(e.labId()));
            m.put("en", e.en());
            m.put("performance", e.performance().name());
            m.put("formula", e.formula());
            return m;
        }).toList());
        Double sigmaPt = in.has("sigmaPt") ? in.decimal("sigmaPt").doubleValue() : null;
        out.put("scores", labs.stream().map(l -> scores(l, reference, sigmaPt, criteria)).toList());
        out.put("criteria", PrepackageCommands.edition(criteria.edition()));
        return out;
    }

    /**
     * Laboratories left out of the reference (JJF 1117: e.g. those found inconsistent, or by protocol); their En is
     * against an independent reference.
     */
    private static java.util.Set<String> excluded(Input in, List<LabResult> labs) {
        java.util.Set<String> excluded = new java.util.LinkedHashSet<>();
        if (in.has("exclude")) {
            List<String> ids = in.texts("exclude");
            java.util.Set<String> known = new java.util.HashSet<>(labs.stream().map(LabResult::labId).toList());
            for (int i = 0; i < ids.size(); i++) {
                if (!known.contains(ids.get(i))) {
                    throw new CliInputException("exclude[" + i + "]", "known-lab", "exclude[" + i + "]: no laboratory '" + ids.get(i)
                            + "' in labs", "exclude[" + i + "]：labs 中没有实验室 '" + ids.get(i) + "'");
                }
                excluded.add(ids.get(i));
            }
        }
        return excluded;
    }

    /** An independent reference (e.g. the pilot laboratory's value from a higher standard). */
    private static ReferenceValue givenReference(Input r) {
        LabResult ref = new LabResult("reference", r.decimal("value"), r.decimal("U"), r.decimal("k", java.math.BigDecimal.valueOf(2)));
        return new ReferenceValue(ReferenceMethod.GIVEN, ref.value().doubleValue(),
                ref.expandedUncertaintyAsDouble() / ref.coverageFactor().doubleValue(), java.util.Set.of(), "given");
    }

    private static ReferenceValue reference(Input in, List<LabResult> inReference) {
        String method = in.has("reference") ? in.object("reference").text("method") : "weighted-mean";
        return switch (method) {
            case "weighted-mean" -> ReferenceValues.weightedMean(inReference);
            case "arithmetic-mean" -> ReferenceValues.arithmeticMean(inReference);
            case "median" -> ReferenceValues.median(inReference);
            case "algorithm-a" -> AlgorithmA.referenceValue(inReference, StoppingRule.thirdSignificantFigure());
            default -> throw new CliInputException("reference.method", "one-of",
                    "reference.method must be weighted-mean, arithmetic-mean, median or algorithm-a",
                    "reference.method 只能取 weighted-mean、arithmetic-mean、median、algorithm-a 之一");
        };
    }

    /** χ² and the Birge ratio test the labs in the reference against it. */
    private static Map<String, Object> consistency(List<LabResult> inReference, ReferenceValue reference) {
        ConsistencyCheck c = ConsistencyCheck.of(inReference, reference);
        Map<String, Object> cons = new LinkedHashMap<>();
        cons.put("chiSquaredObserved", c.chiSquaredObserved());
        cons.put("degreesOfFreedom", c.degreesOfFreedom());
        cons.put("chiSquaredCritical", c.chiSquaredCritical());
        cons.put("chiSquaredConsistent", c.chiSquaredConsistent());
        cons.put("birgeRatio", c.birgeRatio());
        cons.put("birgeCriterion", c.birgeCriterion());
        cons.put("birgeConsistent", c.birgeConsistent());
        return cons;
    }

    /** ISO 13528:2022 9.4–9.6 with standard uncertainties: u(x) = Uᵢ/kᵢ, u(x_pt) = u(Y); z and z′ need σ_pt. */
    private static Map<String, Object> scores(LabResult l, ReferenceValue reference, Double sigmaPt, PerformanceCriteria criteria) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lab", l.labId());
        Score zeta = ProficiencyScores.zeta(l.valueAsDouble(), l.standardUncertainty(), reference.value(),
                reference.standardUncertainty(), criteria);
        Score z = sigmaPt == null ? null : ProficiencyScores.z(l.valueAsDouble(), reference.value(), sigmaPt, criteria);
        Score zPrime = sigmaPt == null ? null : ProficiencyScores.zPrime(l.valueAsDouble(), reference.value(), sigmaPt,
                reference.standardUncertainty(), criteria);
        m.put("z", z == null ? null : z.value());
        m.put("zPerformance", z == null ? null : z.performance().name());
        m.put("zPrime", zPrime == null ? null : zPrime.value());
        m.put("zPrimePerformance", zPrime == null ? null : zPrime.performance().name());
        m.put("zeta", zeta.value());
        m.put("zetaPerformance", zeta.performance().name());
        return m;
    }

    /** Most iterations of Algorithm A a caller may ask for (it converges in a few dozen). */
    static final int MAX_ITERATIONS = 1000;

    static Object algorithmA(Input all) {
        Input in = all.forStatistics();
        List<java.math.BigDecimal> decimals = in.decimals("values");
        double[] values = decimals.stream().mapToDouble(java.math.BigDecimal::doubleValue).toArray();
        int maxIterations = in.integer("maxIterations", 1, MAX_ITERATIONS, StoppingRule.DEFAULT_MAX_ITERATIONS);
        StoppingRule rule = in.has("relativeTolerance")
                ? StoppingRule.relativeTolerance(in.decimal("relativeTolerance").doubleValue(), maxIterations)
                : StoppingRule.thirdSignificantFigure(maxIterations);
        RobustEstimate a = AlgorithmA.of(values, rule);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("robustMean", a.robustMean());
        out.put("robustStandardDeviation", a.robustStdDev());
        out.put("uncertaintyOfRobustMean", a.uncertaintyOfMean());
        out.put("participants", a.participants());
        out.put("converged", a.converged());
        out.put("stoppingRule", a.stoppingRule().kind().name());
        out.put("iterations", a.iterations().stream().map(it -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iteration", it.number());
            m.put("robustMean", it.robustMean());
            m.put("robustStandardDeviation", it.robustStdDev());
            m.put("winsorised", it.winsorised());
            return m;
        }).toList());
        Niqr niqr = Niqr.of(values, in.enumValue("quartileConvention", QuartileConvention.class, QuartileConvention.TUKEY_HINGES));
        out.put("niqr", Commands.object("niqr", niqr.niqr(), "lowerQuartile", niqr.lowerQuartile(), "upperQuartile", niqr.upperQuartile(),
                "convention", niqr.convention().name()));
        if (values.length >= 3) {
            List<Grubbs.LabValue> labValues = new java.util.ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                labValues.add(new Grubbs.LabValue("#" + (i + 1), values[i]));
            }
            // Two-sided by default (ISO 5725-2 7.3.4); ONE_SIDED is the textbook G(n, α) table's convention.
            GrubbsAlternative alternative = in.enumValue("grubbsAlternative", GrubbsAlternative.class, GrubbsAlternative.TWO_SIDED);
            Grubbs g = Grubbs.of(labValues, alternative, in.decimal("alpha", new java.math.BigDecimal("0.05")).doubleValue());
            out.put("grubbs", Commands.object("alternative", g.alternative().name(), "alpha", g.alpha(), "g", g.g(),
                    "critical", g.critical(), "suspect", g.suspectLabId(), "outlier", g.outlier()));
        }
        // z scores against the robust mean, with σ_pt given or the robust deviation s*.
        double sigma = in.has("sigmaPt") ? in.decimal("sigmaPt").doubleValue() : a.robustStdDev();
        PerformanceCriteria criteria = PerformanceCriteria.inForce(RuleBook.shipped(), in.date("date", LocalDate.now()));
        out.put("zScores", java.util.stream.IntStream.range(0, values.length).mapToObj(i -> {
            var z = ProficiencyScores.z(values[i], a.robustMean(), sigma, criteria);
            return Commands.object("value", decimals.get(i), "z", z.value(), "performance", z.performance().name());
        }).toList());
        out.put("criteria", PrepackageCommands.edition(criteria.edition()));
        return out;
    }
}
