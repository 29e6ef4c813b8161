package org.metrolex.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.domain.ScoreLine;
import org.metrolex.comparison.domain.Verdict;
import org.metrolex.comparison.persistence.ComparisonEvaluations;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.metrology.comparison.PerformanceCriteria;
import org.metrolex.metrology.comparison.ScoreType;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.rules.RuleBooks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser or pilot publishes an evaluated round: irreversible; participants then see the others' results by
 * laboratory code. Each participant's verdict (the worst of its scores over every point) is announced:
 * unsatisfactory → {@link ComparisonResultUnsatisfactory} (rectification, RULES.md §10), questionable →
 * {@link ComparisonResultQuestionable} (warning, CNAS-GL002:2018 4.4). The scores are re-classified with the
 * criteria of the rule-book revision they were evaluated with, not today's (ADR 0019).
 */
@Service
public class PublishingRound {

    /** What the publication announced, per participant with a consequence. */
    public record Published(long roundId, LocalDate publishedOn, List<Verdict> verdicts) {
    }

    private final ComparisonRounds rounds;
    private final ComparisonEvaluations evaluations;
    private final RoundAccess access;
    private final RuleBooks rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingRound(ComparisonRounds rounds, ComparisonEvaluations evaluations, RoundAccess access, RuleBooks rules,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.evaluations = evaluations;
        this.access = access;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Published publish(DataScope scope, long roundId) {
        return publish(scope, roundId, LocalDate.now(clock));
    }

    @Transactional
    Published publish(DataScope scope, long roundId, LocalDate today) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        RoundAccess.refuse(aggregate.publish(today));
        Map<Long, List<ScoreLine>> lines = new HashMap<>();
        String edition = null;
        for (StoredEvaluation e : evaluations.of(roundId)) {
            PerformanceCriteria criteria = PerformanceCriteria.inForce(rules.at(e.ruleBookRevision()).book(), e.evaluatedOn());
            edition = criteria.edition().regulation();
            for (StoredEvaluation.Score s : e.scores()) {
                lines.computeIfAbsent(s.participantId(), k -> new ArrayList<>())
                        .add(ScoreLine.classified(ScoreType.valueOf(s.type()), s.value(), criteria));
            }
        }
        rounds.status(roundId, aggregate.status(), today);
        List<Verdict> announced = new ArrayList<>();
        for (Participant p : rounds.participants(roundId)) {
            Verdict v = Verdict.of(p.labCode(), lines.getOrDefault(p.id(), List.of()));
            if (v.decisive().isEmpty()) {
                continue;
            }
            ScoreLine d = v.decisive().get();
            if (v.needsRectification()) {
                events.publishEvent(new ComparisonResultUnsatisfactory(roundId, p.id(), p.institutionId(), p.regionCode(),
                        d.type().name(), d.value(), edition, today));
            } else if (v.needsWarning()) {
                events.publishEvent(new ComparisonResultQuestionable(roundId, p.id(), p.institutionId(), p.regionCode(),
                        d.type().name(), d.value(), edition, today));
            }
            announced.add(v);
        }
        audit.record("comparison.publish", "comparison_round", roundId, Map.of("status", round.status()),
                Map.of("status", aggregate.status(), "publishedOn", today, "consequences",
                        announced.stream().map(v -> v.labCode() + ":" + v.consequence()).toList()));
        return new Published(roundId, today, announced);
    }
}
