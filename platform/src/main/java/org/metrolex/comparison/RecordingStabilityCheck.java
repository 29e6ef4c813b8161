package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pilot (or organiser) records a stability check of the artefact at one point, during circulation or before evaluation. */
@Service
public class RecordingStabilityCheck {

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    RecordingStabilityCheck(ComparisonRounds rounds, RoundAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StabilityCheck record(DataScope scope, long roundId, StabilityCheck check) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        if (round.status() != RoundStatus.RESULTS_CLOSED) {
            RoundAccess.refuse(aggregate.circulating());
        }
        if (rounds.points(roundId).stream().noneMatch(p -> p.id() == check.pointId())) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("pointId", "point-of-round", "不是本次比对的测量点", "not a point of this round")));
        }
        if (check.onDate() == null || check.onDate().isAfter(LocalDate.now(clock))) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("onDate", "not-future", "核查日期必填且不得晚于今天",
                    "the check date is required and cannot be in the future")));
        }
        if (check.value() == null) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("value", "required", "测量结果必填", "the value is required")));
        }
        if (check.expandedUncertainty() == null || check.expandedUncertainty().signum() <= 0) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("expandedUncertainty", "positive", "扩展不确定度 U 必须大于 0",
                    "the expanded uncertainty U must be greater than 0")));
        }
        BigDecimal k = check.coverageFactor() == null ? round.coverageFactor() : check.coverageFactor();
        if (k.signum() <= 0) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("coverageFactor", "positive", "包含因子 k 必须大于 0",
                    "the coverage factor k must be greater than 0")));
        }
        StabilityCheck stored = new StabilityCheck(0, check.pointId(), check.onDate(), check.value(), check.expandedUncertainty(), k,
                check.note() == null || check.note().isBlank() ? null : check.note().strip());
        long id = rounds.stabilityCheck(roundId, stored, scope.username());
        audit.record("comparison.stability-check", "comparison_round", roundId, null,
                Map.of("point", check.pointId(), "on", check.onDate(), "value", check.value(), "U", check.expandedUncertainty(), "k", k));
        return new StabilityCheck(id, stored.pointId(), stored.onDate(), stored.value(), stored.expandedUncertainty(), k, stored.note());
    }
}
