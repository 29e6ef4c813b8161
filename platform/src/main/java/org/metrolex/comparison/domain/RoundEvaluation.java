package org.metrolex.comparison.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metrolex.comparison.domain.EvaluationInput.SigmaPt;
import org.metrolex.metrology.comparison.AlgorithmA;
import org.metrolex.metrology.comparison.ConsistencyCheck;
import org.metrolex.metrology.comparison.EnScore;
import org.metrolex.metrology.comparison.EnScores;
import org.metrolex.metrology.comparison.EnVariant;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.Niqr;
import org.metrolex.metrology.comparison.ProficiencyScores;
import org.metrolex.metrology.comparison.QuartileConvention;
import org.metrolex.metrology.comparison.ReferenceMethod;
import org.metrolex.metrology.comparison.ReferenceValue;
import org.metrolex.metrology.comparison.ReferenceValues;
import org.metrolex.metrology.comparison.RobustEstimate;
import org.metrolex.metrology.comparison.ScoreType;
import org.metrolex.metrology.rounding.ReportedResult;
import org.metrolex.metrology.rules.RuleEdition;

/**
 * The evaluation of one measurement point of a comparison round (JJF 1117-2010; ISO 13528:2022; CNAS-GL002:2018):
 * the reference value with u and U, who entered it, the consistency check where it applies, every participant's
 * scores with their performance, and the criteria edition that classified them. Every statistic is metrology-core's
 * ({@code org.metrolex.metrology.comparison}); this class only chooses which one the protocol asks for and keeps
 * the answers together, unrounded (round for display with {@link #reportedReference()} or GB/T 8170).
 *
 * @param method                      the protocol's reference-value method
 * @param reference                   Y (or x_pt), u(Y), contributors and the formula of u(Y)
 * @param referenceCoverageFactor     k of U_Y
 * @param transferExpandedUncertainty U_transfer used in En (0 when negligible)
 * @param consistency                 χ² and Birge ratio, only for a weighted-mean reference (JJF 1117-2010: the
 *                                    check is of the results against their weighted mean)
 * @param robustEstimate              Algorithm A's iteration report when x* or σ_pt came from it
 * @param sigmaPt                     σ_pt used for z and z′, with its source
 * @param participants                one per result, in the order given
 * @param criteria                    the {@code comparison.performance-criteria} edition in force
 */
public record RoundEvaluation(Method method, ReferenceValue reference, double referenceCoverageFactor,
                              double transferExpandedUncertainty, Optional<ConsistencyCheck> consistency,
                              Optional<RobustEstimate> robustEstimate, Optional<SigmaPtUsed> sigmaPt,
                              List<Participant> participants, RuleEdition criteria) {

    public static final String RULE = "comparison.evaluation";

    /** The reference-value methods a round's protocol may name. */
    public enum Method {
        WEIGHTED_MEAN(ReferenceMethod.WEIGHTED_MEAN),
        ARITHMETIC_MEAN(ReferenceMethod.ARITHMETIC_MEAN),
        MEDIAN(ReferenceMethod.MEDIAN),
        ALGORITHM_A(ReferenceMethod.ALGORITHM_A),
        /** The pilot's own result, e.g. traced to a higher standard: metrology-core's GIVEN reference. */
        PILOT_VALUE(ReferenceMethod.GIVEN);

        private final ReferenceMethod referenceMethod;

        Method(ReferenceMethod referenceMethod) {
            this.referenceMethod = referenceMethod;
        }

        public ReferenceMethod referenceMethod() {
            return referenceMethod;
        }
    }

    /**
     * σ_pt as used.
     *
     * @param convention the quartile convention of an NIQR (CNAS-GL002 Annex A asks for it to be stated), else null
     */
    public record SigmaPtUsed(SigmaPt.Source source, double value, QuartileConvention convention) {
    }

    /**
     * One participant's result and scores.
     *
     * @param result      the lab code, y, U and k as submitted
     * @param inReference whether the result entered the reference value (changes the En formula)
     * @param enVariant   the En formula applied, null when not scored
     * @param scores      En first, then z, z′, ζ as asked; empty for the pilot whose value is the reference
     */
    public record Participant(LabResult result, boolean inReference, EnVariant enVariant, List<ScoreLine> scores) {

        public Participant {
            scores = List.copyOf(scores);
        }

        public String labCode() {
            return result.labId();
        }

        public Optional<ScoreLine> score(ScoreType type) {
            return scores.stream().filter(s -> s.type() == type).findFirst();
        }

        /** False only for the pilot when its value is the reference: it is not compared with itself. */
        public boolean scored() {
            return !scores.isEmpty();
        }

        public Verdict verdict() {
            return Verdict.of(labCode(), scores);
        }
    }

    public RoundEvaluation {
        participants = List.copyOf(participants);
    }

    /**
     * Evaluates one point.
     *
     * @throws EvaluationRefused when the input cannot be evaluated as asked (too few results, no pilot result for a
     *                           pilot reference, z without σ_pt, or a statistic metrology-core refuses, e.g. more
     *                           than half identical values for Algorithm A)
     */
    public static RoundEvaluation evaluate(EvaluationInput in) {
        EvaluationChecks.check(in);
        try {
            Optional<RobustEstimate> robust = needsAlgorithmA(in)
                    ? Optional.of(AlgorithmA.of(in.results(), in.stoppingRule())) : Optional.empty();
            ReferenceValue reference = referenceOf(in);
            Optional<ConsistencyCheck> consistency = in.method() == Method.WEIGHTED_MEAN
                    ? Optional.of(ConsistencyCheck.of(in.results(), reference)) : Optional.empty();
            Optional<SigmaPtUsed> sigma = Optional.ofNullable(in.sigmaPt()).map(s -> sigmaPtOf(s, in, robust));
            List<Participant> participants = score(in, reference, sigma);
            return new RoundEvaluation(in.method(), reference, in.referenceCoverageFactor().doubleValue(),
                    in.transferExpandedUncertainty().doubleValue(), consistency, robust, sigma, participants,
                    in.criteria().edition());
        } catch (IllegalArgumentException e) {
            throw new EvaluationRefused("results", RULE, "比对结果无法按所选方法计算：" + e.getMessage(),
                    "The results cannot be evaluated by the chosen method: " + e.getMessage());
        }
    }

    private static boolean needsAlgorithmA(EvaluationInput in) {
        return in.method() == Method.ALGORITHM_A || in.sigmaPt() != null && in.sigmaPt().source() == SigmaPt.Source.ALGORITHM_A;
    }

    private static ReferenceValue referenceOf(EvaluationInput in) {
        return switch (in.method()) {
            case WEIGHTED_MEAN -> ReferenceValues.weightedMean(in.results());
            case ARITHMETIC_MEAN -> ReferenceValues.arithmeticMean(in.results());
            case MEDIAN -> ReferenceValues.median(in.results());
            case ALGORITHM_A -> AlgorithmA.referenceValue(in.results(), in.stoppingRule());
            case PILOT_VALUE -> {
                LabResult pilot = pilotOf(in);
                yield new ReferenceValue(ReferenceMethod.GIVEN, pilot.valueAsDouble(), pilot.standardUncertainty(),
                        Set.of(pilot.labId()), "u(Y) = U_pilot/k_pilot");
            }
        };
    }

    static LabResult pilotOf(EvaluationInput in) {
        return in.results().stream().filter(r -> r.labId().equals(in.pilotCode())).findFirst().orElse(null);
    }

    private static SigmaPtUsed sigmaPtOf(SigmaPt s, EvaluationInput in, Optional<RobustEstimate> robust) {
        return switch (s.source()) {
            case FIXED -> new SigmaPtUsed(s.source(), s.fixed().doubleValue(), null);
            case ALGORITHM_A -> new SigmaPtUsed(s.source(), robust.orElseThrow().robustStdDev(), null);
            case NIQR -> {
                double[] values = in.results().stream().mapToDouble(LabResult::valueAsDouble).toArray();
                Niqr niqr = Niqr.of(values, QuartileConvention.TUKEY_HINGES);
                yield new SigmaPtUsed(s.source(), niqr.niqr(), niqr.convention());
            }
        };
    }

    private static List<Participant> score(EvaluationInput in, ReferenceValue reference, Optional<SigmaPtUsed> sigma) {
        // With the pilot's value as the reference, the pilot is the reference: JJF 1117-2010 scores the others.
        String unscored = in.method() == Method.PILOT_VALUE ? in.pilotCode() : null;
        List<LabResult> scored = in.results().stream().filter(r -> !r.labId().equals(unscored)).toList();
        List<EnScore> en = EnScores.evaluate(scored, reference, in.referenceCoverageFactor().doubleValue(),
                in.transferExpandedUncertainty().doubleValue(), in.criteria());
        List<Participant> participants = new ArrayList<>(in.results().size());
        int next = 0;
        for (LabResult r : in.results()) {
            if (r.labId().equals(unscored)) {
                participants.add(new Participant(r, true, null, List.of()));
                continue;
            }
            EnScore e = en.get(next++);
            participants.add(new Participant(r, reference.includes(r.labId()), e.variant(), scoresOf(r, e, reference, sigma, in)));
        }
        return participants;
    }

    private static List<ScoreLine> scoresOf(LabResult r, EnScore en, ReferenceValue ref, Optional<SigmaPtUsed> sigma,
                                            EvaluationInput in) {
        List<ScoreLine> lines = new ArrayList<>(4);
        lines.add(ScoreLine.of(en));
        double x = r.valueAsDouble();
        if (in.scoreTypes().contains(ScoreType.Z)) {
            lines.add(ScoreLine.of(ProficiencyScores.z(x, ref.value(), sigma.orElseThrow().value(), in.criteria())));
        }
        if (in.scoreTypes().contains(ScoreType.Z_PRIME)) {
            lines.add(ScoreLine.of(ProficiencyScores.zPrime(x, ref.value(), sigma.orElseThrow().value(),
                    ref.standardUncertainty(), in.criteria())));
        }
        if (in.scoreTypes().contains(ScoreType.ZETA)) {
            lines.add(ScoreLine.of(ProficiencyScores.zeta(x, r.standardUncertainty(), ref.value(), ref.standardUncertainty(),
                    in.criteria())));
        }
        return lines;
    }

    /** U_Y = k·u(Y). */
    public double referenceExpandedUncertainty() {
        return reference.expandedUncertainty(referenceCoverageFactor);
    }

    /** Y ± U_Y as reported: U to two significant figures, Y to the same decimal place (JJF 1059.1 5.3.8). */
    public ReportedResult reportedReference() {
        return reference.reported(referenceCoverageFactor);
    }

    public Optional<Participant> participant(String labCode) {
        return participants.stream().filter(p -> p.labCode().equals(labCode)).findFirst();
    }

    /** One verdict per participant, in the participants' order. */
    public List<Verdict> verdicts() {
        return participants.stream().map(Participant::verdict).toList();
    }

    /** The rule editions this evaluation was decided with, to be stored with it. */
    public List<RuleEdition> editionsUsed() {
        return List.of(criteria);
    }

    /** The codes of the participants whose results entered the reference value. */
    public Set<String> contributors() {
        return new HashSet<>(reference.contributors());
    }
}
