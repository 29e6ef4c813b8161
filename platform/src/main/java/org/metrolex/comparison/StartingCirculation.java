package org.metrolex.comparison;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.comparison.domain.CirculationSchedule;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The artefact leaves the pilot: the schedule is fixed in working days from the planned start and every participant
 * gets a laboratory code drawn at random, so that the order of enrolment does not reveal who is behind a code
 * (JJF 1117 §5.7: results are reported under codes).
 */
@Service
public class StartingCirculation {

    private final ComparisonRounds rounds;
    private final RoundAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StartingCirculation(ComparisonRounds rounds, RoundAccess access, AuditTrail audit, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CirculationSchedule start(DataScope scope, long roundId) {
        return start(scope, roundId, LocalDate.now(clock));
    }

    @Transactional
    CirculationSchedule start(DataScope scope, long roundId, LocalDate on) {
        Round round = access.lock(scope, roundId);
        ComparisonRound aggregate = RoundAccess.aggregate(round);
        RoundAccess.refuse(aggregate.manageableBy(RoundAccess.actor(scope, round)));
        List<Participant> enrolled = rounds.participants(roundId).stream().filter(p -> !p.withdrawn()).toList();
        RoundAccess.refuse(aggregate.start(enrolled.size() - 1, on));
        CirculationSchedule schedule = CirculationSchedule.plan(round.scheduleKind(), round.startDate(), enrolled.size(),
                round.holdingWorkingDays(), round.transportWorkingDays(), access.workingDays());
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= enrolled.size(); i++) {
            codes.add(String.format("L%02d", i));
        }
        Collections.shuffle(codes, random);
        for (int i = 0; i < enrolled.size(); i++) {
            CirculationSchedule.Slot slot = schedule.slots().get(i);
            rounds.schedule(enrolled.get(i).id(), codes.get(i), slot.receive(), slot.send());
        }
        rounds.status(roundId, aggregate.status(), on);
        audit.record("comparison.start", "comparison_round", roundId, Map.of("status", round.status()),
                Map.of("status", aggregate.status(), "participants", enrolled.size(), "returnToPilot", schedule.returnToPilot()));
        return schedule;
    }
}
