package org.metrolex.comparison.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.ScoreType;
import org.metrolex.metrology.comparison.StoppingRule;

/**
 * What one measurement point of a round is evaluated from: the participants' results (lab code, y, U, k), the
 * reference-value method of the protocol, σ_pt when the protocol scores z/z′, the transfer standard's expanded
 * uncertainty, the coverage factor of U_Y, and the performance criteria in force on the evaluation date.
 * Build with {@link #of} and the {@code with…} methods; every figure is checked when evaluating.
 *
 * @param results                     one result per participant for this point (the pilot's included)
 * @param method                      how the reference value is obtained
 * @param pilotCode                   the pilot's lab code; required for {@link RoundEvaluation.Method#PILOT_VALUE}
 * @param sigmaPt                     σ_pt for z and z′, or null when the protocol scores neither
 * @param transferExpandedUncertainty U_transfer of the artefact (stability, transport), 0 when negligible
 * @param referenceCoverageFactor     k of U_Y = k·u(Y) (JJF 1117-2010 practice: 2)
 * @param scoreTypes                  the scores the protocol asks for; En is always computed
 * @param stoppingRule                Algorithm A's stopping rule (part of the result, ISO 13528:2022 C.3.1)
 * @param criteria                    {@code comparison.performance-criteria} in force on the evaluation date
 */
public record EvaluationInput(List<LabResult> results, RoundEvaluation.Method method, String pilotCode, SigmaPt sigmaPt,
                              BigDecimal transferExpandedUncertainty, BigDecimal referenceCoverageFactor,
                              Set<ScoreType> scoreTypes, StoppingRule stoppingRule, PerformanceCriteria criteria) {

    public EvaluationInput {
        results = results == null ? List.of() : List.copyOf(results);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(criteria, "criteria");
        transferExpandedUncertainty = transferExpandedUncertainty == null ? BigDecimal.ZERO : transferExpandedUncertainty;
        referenceCoverageFactor = referenceCoverageFactor == null ? BigDecimal.valueOf(2) : referenceCoverageFactor;
        EnumSet<ScoreType> types = EnumSet.of(ScoreType.EN);
        if (scoreTypes != null) {
            types.addAll(scoreTypes);
        }
        scoreTypes = Set.copyOf(types);
        stoppingRule = stoppingRule == null ? StoppingRule.thirdSignificantFigure() : stoppingRule;
    }

    /**
     * The defaults: k = 2, no transfer term, no σ_pt, scores En and ζ (z and z′ are added by
     * {@link #withSigmaPt}), Algorithm A stopping at the third significant figure.
     */
    public static EvaluationInput of(List<LabResult> results, RoundEvaluation.Method method, PerformanceCriteria criteria) {
        return new EvaluationInput(results, method, null, null, BigDecimal.ZERO, BigDecimal.valueOf(2),
                EnumSet.of(ScoreType.EN, ScoreType.ZETA), null, criteria);
    }

    public EvaluationInput withPilot(String code) {
        return new EvaluationInput(results, method, code, sigmaPt, transferExpandedUncertainty, referenceCoverageFactor,
                scoreTypes, stoppingRule, criteria);
    }

    /** σ_pt given: z and z′ are scored as well. */
    public EvaluationInput withSigmaPt(SigmaPt sigma) {
        EnumSet<ScoreType> types = EnumSet.copyOf(scoreTypes);
        types.add(ScoreType.Z);
        types.add(ScoreType.Z_PRIME);
        return new EvaluationInput(results, method, pilotCode, sigma, transferExpandedUncertainty, referenceCoverageFactor,
                types, stoppingRule, criteria);
    }

    public EvaluationInput withTransferExpandedUncertainty(BigDecimal u) {
        return new EvaluationInput(results, method, pilotCode, sigmaPt, u, referenceCoverageFactor, scoreTypes, stoppingRule,
                criteria);
    }

    public EvaluationInput withReferenceCoverageFactor(BigDecimal k) {
        return new EvaluationInput(results, method, pilotCode, sigmaPt, transferExpandedUncertainty, k, scoreTypes,
                stoppingRule, criteria);
    }

    /** Exactly these scores (En is always added). */
    public EvaluationInput withScoreTypes(Set<ScoreType> types) {
        return new EvaluationInput(results, method, pilotCode, sigmaPt, transferExpandedUncertainty, referenceCoverageFactor,
                types, stoppingRule, criteria);
    }

    public EvaluationInput withStoppingRule(StoppingRule rule) {
        return new EvaluationInput(results, method, pilotCode, sigmaPt, transferExpandedUncertainty, referenceCoverageFactor,
                scoreTypes, rule, criteria);
    }

    /**
     * The standard deviation for proficiency assessment σ_pt (ISO 13528:2022 8): a value fixed by the protocol,
     * or derived from the participants' results by Algorithm A (s*) or the NIQR (CNAS-GL002:2018 Annex A).
     *
     * @param source where σ_pt comes from
     * @param fixed  the protocol's σ_pt for {@link Source#FIXED}, otherwise null
     */
    public record SigmaPt(Source source, BigDecimal fixed) {

        public enum Source { FIXED, ALGORITHM_A, NIQR }

        public SigmaPt {
            Objects.requireNonNull(source, "source");
            if ((source == Source.FIXED) != (fixed != null)) {
                throw new IllegalArgumentException("sigmaPt: a value is given exactly when the source is FIXED");
            }
        }

        public static SigmaPt fixed(BigDecimal value) {
            return new SigmaPt(Source.FIXED, value);
        }

        public static SigmaPt algorithmA() {
            return new SigmaPt(Source.ALGORITHM_A, null);
        }

        public static SigmaPt niqr() {
            return new SigmaPt(Source.NIQR, null);
        }
    }
}
