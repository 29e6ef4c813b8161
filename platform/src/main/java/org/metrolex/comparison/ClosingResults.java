package org.metrolex.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organiser or pilot closes the results after the deadline (or once all are in): locked, and visible to them. */
@Service
public class ClosingResults {

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    ClosingResults(ComparisonRounds rounds, RoundAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void close(DataScope scope, long roundId) {
        close(scope, roundId, LocalDate.now(clock));
    }

    @Transactional
    void close(DataScope scope, long roundId, LocalDate today) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        int points = rounds.points(roundId).size();
        List<Participant> enrolled = rounds.participants(roundId).stream().filter(p -> !p.withdrawn()).toList();
        Set<String> submitted = new HashSet<>();
        rounds.results(roundId).forEach(r -> submitted.add(r.participantId() + ":" + r.pointId()));
        boolean everyone = submitted.size() >= (long) points * enrolled.size();
        RoundAccess.refuse(aggregate.closeResults(today, everyone));
        rounds.status(roundId, aggregate.status(), today);
        audit.record("comparison.close-results", "comparison_round", roundId, Map.of("status", round.status()),
                Map.of("status", aggregate.status(), "results", submitted.size(), "closedOn", today));
    }
}
