package org.metrolex.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.domain.ResultEntry;
import org.metrolex.comparison.domain.SubmissionPolicy;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant submits its results, every point at once with U and k; until the deadline a new submission replaces
 * the previous one, afterwards the results are locked (409).
 */
@Service
public class SubmittingResults {

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    SubmittingResults(ComparisonRounds rounds, RoundAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void submit(DataScope scope, long roundId, List<ResultEntry> entries) {
        submit(scope, roundId, entries, "FORM", LocalDate.now(clock));
    }

    @Transactional
    void submit(DataScope scope, long roundId, List<ResultEntry> entries, String source, LocalDate today) {
        Round round = access.lock(scope, roundId);
        Long caller = RoundAccess.callerInstitution(scope);
        Participant own = rounds.participants(roundId).stream()
                .filter(p -> p.institutionId() != null && p.institutionId().equals(caller)).findFirst().orElse(null);
        if (own == null) {
            RoundAccess.refuse(Optional.of(Refusal.forbidden("participantId", "own-results", "只有参加实验室可以提交比对结果",
                    "only a participant submits results")));
        }
        Set<Long> points = rounds.points(roundId).stream().map(Round.Point::id).collect(Collectors.toSet());
        RoundAccess.refuse(SubmissionPolicy.check(round.status(), round.resultsDeadline(), today, own.institutionId(), caller,
                own.withdrawn(), points, entries == null ? List.of() : entries));
        rounds.submit(own.id(), entries, source, OffsetDateTime.now(clock), scope.username());
        audit.record("comparison.submit-results", "comparison_participant", own.id(), null,
                Map.of("round", roundId, "source", source, "results", entries.stream()
                        .map(e -> Map.of("point", e.pointId(), "value", e.value(), "U", e.expandedUncertainty(), "k", e.coverageFactor()))
                        .toList()));
    }
}
