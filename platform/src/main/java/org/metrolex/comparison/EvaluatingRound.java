package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.domain.EvaluationInput;
import org.metrolex.comparison.domain.EvaluationInput.SigmaPt;
import org.metrolex.comparison.domain.EvaluationRefused;
import org.metrolex.comparison.domain.RoundEvaluation;
import org.metrolex.comparison.persistence.ComparisonEvaluations;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.ScoreType;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.rules.RuleBookRevision;
import org.metrolex.rules.RuleBooks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser or pilot evaluates a round whose results are closed: every point by the protocol's method
 * (JJF 1117-2010), scored with the performance criteria in force today from the rules module's current book
 * (ADR 0019), stored with that book's revision. Evaluating again before publication replaces the evaluation.
 */
@Service
public class EvaluatingRound {

    private final ComparisonRounds rounds;
    private final ComparisonEvaluations evaluations;
    private final RoundAccess access;
    private final RuleBooks rules;
    private final AuditTrail audit;
    private final Clock clock;

    EvaluatingRound(ComparisonRounds rounds, ComparisonEvaluations evaluations, RoundAccess access, RuleBooks rules,
                    AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<StoredEvaluation> evaluate(DataScope scope, long roundId) {
        return evaluate(scope, roundId, LocalDate.now(clock));
    }

    @Transactional
    List<StoredEvaluation> evaluate(DataScope scope, long roundId, LocalDate today) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        RoundAccess.refuse(aggregate.evaluate(today));
        RuleBookRevision book = rules.current();
        PerformanceCriteria criteria = PerformanceCriteria.inForce(book.book(), today);
        List<Participant> participants = rounds.participants(roundId).stream().filter(p -> !p.withdrawn())
                .sorted(Comparator.comparingInt(Participant::position)).toList();
        Map<String, Long> idByCode = new HashMap<>();
        participants.forEach(p -> idByCode.put(p.labCode(), p.id()));
        String pilotCode = participants.stream().filter(Participant::pilot).map(Participant::labCode).findFirst().orElse(null);
        List<SubmittedResult> results = rounds.results(roundId);
        List<StoredEvaluation> stored = new ArrayList<>();
        for (Round.Point point : rounds.points(roundId)) {
            List<LabResult> labs = new ArrayList<>();
            for (Participant p : participants) {
                results.stream().filter(r -> r.participantId() == p.id() && r.pointId() == point.id()).findFirst()
                        .ifPresent(r -> labs.add(new LabResult(p.labCode(), r.value(), r.expandedUncertainty(), r.coverageFactor())));
            }
            RoundEvaluation e = evaluated(point, input(round, labs, pilotCode, criteria));
            stored.add(stored(point, e, today, book.number(), idByCode));
        }
        evaluations.replace(roundId, stored, scope.username());
        rounds.status(roundId, aggregate.status(), today);
        audit.record("comparison.evaluate", "comparison_round", roundId, Map.of("status", round.status()),
                Map.of("status", aggregate.status(), "ruleBookRevision", book.number(),
                        "criteria", criteria.edition().regulation(), "points", stored.size()));
        return stored;
    }

    private static EvaluationInput input(Round round, List<LabResult> labs, String pilotCode, PerformanceCriteria criteria) {
        Set<ScoreType> types = EnumSet.of(ScoreType.EN);
        round.scoreTypes().forEach(t -> types.add(ScoreType.valueOf(t.name())));
        SigmaPt sigma = round.sigmaPtMethod() == null ? null : switch (round.sigmaPtMethod()) {
            case "FIXED" -> SigmaPt.fixed(round.sigmaPt());
            case "ALGORITHM_A" -> SigmaPt.algorithmA();
            default -> SigmaPt.niqr();
        };
        return new EvaluationInput(labs, RoundEvaluation.Method.valueOf(round.referenceMethod().name()), pilotCode, sigma,
                round.transferExpandedUncertainty(), round.coverageFactor(), types, null, criteria);
    }

    private static RoundEvaluation evaluated(Round.Point point, EvaluationInput in) {
        try {
            return RoundEvaluation.evaluate(in);
        } catch (EvaluationRefused r) {
            throw new RuleViolation(409, List.of(new FieldError(r.field(), r.rule(),
                    "测量点“" + point.label() + "”：" + r.messageZh(), "point \"" + point.label() + "\": " + r.messageEn())));
        }
    }

    private static StoredEvaluation stored(Round.Point point, RoundEvaluation e, LocalDate today, long revision,
                                           Map<String, Long> idByCode) {
        List<StoredEvaluation.Score> scores = new ArrayList<>();
        for (RoundEvaluation.Participant p : e.participants()) {
            for (var s : p.scores()) {
                scores.add(new StoredEvaluation.Score(idByCode.get(p.labCode()), s.type().name(), s.value(),
                        s.performance().name(), s.formula(), p.inReference()));
            }
        }
        var c = e.consistency();
        return new StoredEvaluation(point.id(), today, revision, e.criteria().regulation(), e.criteria().effectiveFrom(),
                e.method().name(), e.reference().value(), e.reference().standardUncertainty(),
                BigDecimal.valueOf(e.referenceCoverageFactor()), e.contributors().stream().sorted().toList(),
                c.map(x -> x.chiSquaredObserved()).orElse(null), c.map(x -> x.degreesOfFreedom()).orElse(null),
                c.map(x -> x.chiSquaredCritical()).orElse(null), c.map(x -> x.birgeRatio()).orElse(null),
                c.map(x -> x.consistent()).orElse(null), e.sigmaPt().map(RoundEvaluation.SigmaPtUsed::value).orElse(null), scores);
    }
}
