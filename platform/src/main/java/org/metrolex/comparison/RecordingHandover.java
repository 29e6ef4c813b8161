package org.metrolex.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.Actor;
import org.metrolex.comparison.domain.ArtefactCondition;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.domain.HandoverKind;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant records that it received or sent on the artefact, with its condition; the organiser and the pilot may
 * record it for any participant. Each hand-over is recorded once (a damaged artefact is a fact, not an edit).
 */
@Service
public class RecordingHandover {

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    RecordingHandover(ComparisonRounds rounds, RoundAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void record(DataScope scope, long roundId, long participantId, String kind, LocalDate on, String condition, String note) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        Participant p = rounds.participants(roundId).stream().filter(x -> x.id() == participantId).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("参加实验室/participant", participantId));
        Actor actor = RoundAccess.actor(scope, round);
        boolean self = p.institutionId() != null && p.institutionId().equals(actor.institutionId());
        if (!self) {
            RoundAccess.refuse(aggregate.manageableBy(actor));
        }
        RoundAccess.refuse(aggregate.circulating());
        HandoverKind k = parse(HandoverKind.class, "kind", kind);
        ArtefactCondition c = parse(ArtefactCondition.class, "condition", condition);
        if (on == null) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("onDate", "required", "交接日期必填", "the hand-over date is required")));
        }
        if (on.isAfter(LocalDate.now(clock))) {
            RoundAccess.refuse(Optional.of(Refusal.invalid("onDate", "not-future", "交接日期不得晚于今天", "the hand-over date cannot be in the future")));
        }
        if (p.withdrawn()) {
            RoundAccess.refuse(Optional.of(Refusal.conflict("participantId", "withdrawn", "该实验室已退出比对", "the participant has withdrawn")));
        }
        if (rounds.handovers(roundId).stream().anyMatch(h -> h.participantId() == participantId && h.kind() == k)) {
            RoundAccess.refuse(Optional.of(Refusal.conflict("kind", "once", "该交接已记录", "this hand-over is already recorded")));
        }
        rounds.handover(roundId, participantId, k, on, c, note == null || note.isBlank() ? null : note.strip(), scope.username());
        Map<String, Object> after = new HashMap<>(Map.of("participant", p.name(), "kind", k, "on", on, "condition", c));
        if (note != null) {
            after.put("note", note);
        }
        audit.record("comparison.handover", "comparison_round", roundId, null, after);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            RoundAccess.refuse(Optional.of(Refusal.invalid(field, "one-of", "须为以下之一：" + allowed, "must be one of: " + allowed)));
            throw new IllegalStateException("unreachable");
        }
    }
}
