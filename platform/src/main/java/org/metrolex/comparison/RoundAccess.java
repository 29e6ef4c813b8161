package org.metrolex.comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.comparison.domain.Actor;
import org.metrolex.comparison.domain.ComparisonRound;
import org.metrolex.comparison.domain.Refusal;
import org.metrolex.comparison.domain.WorkingDays;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.springframework.stereotype.Component;

/** What every use case of a round needs: the round in the caller's scope, who the caller is to it, refusals as problems. */
@Component
class RoundAccess {

    private final ComparisonRounds rounds;
    private final PartyManagement parties;
    private final CalendarManagement calendar;

    RoundAccess(ComparisonRounds rounds, PartyManagement parties, CalendarManagement calendar) {
        this.rounds = rounds;
        this.parties = parties;
        this.calendar = calendar;
    }

    /** The round, visible to the caller (404 otherwise, so no one learns that a hidden round exists), locked for the command. */
    Round lock(DataScope scope, long id) {
        rounds.find(scope, id).orElseThrow(() -> RuleViolation.notFound("比对/comparison round", id));
        return rounds.lock(id);
    }

    Round require(DataScope scope, long id) {
        return rounds.find(scope, id).orElseThrow(() -> RuleViolation.notFound("比对/comparison round", id));
    }

    static Actor actor(DataScope scope, Round round) {
        return new Actor(scope.coversRegion(round.regionCode()), callerInstitution(scope));
    }

    static Long callerInstitution(DataScope scope) {
        return scope.role() == Role.INSTITUTION_STAFF ? scope.partyId() : null;
    }

    static ComparisonRound aggregate(Round r) {
        return new ComparisonRound(r.id(), r.pilotInstitutionId(), r.resultsDeadline(), r.status());
    }

    /**
     * An institution of the registry by id whatever the caller's region: a pilot enrols laboratories of other
     * regions, and pages name pilots and participants.
     */
    Institution institution(long id) {
        return parties.requireInstitution(DataScope.system("comparison-participants"), id);
    }

    WorkingDays workingDays() {
        return new WorkingDays() {
            @Override
            public LocalDate add(LocalDate start, int days) {
                return calendar.addWorkingDays(start, days).date();
            }

            @Override
            public int between(LocalDate from, LocalDate to) {
                return to.isAfter(from) ? calendar.workingDaysBetween(from, to).days() : 0;
            }
        };
    }

    static void refuse(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> refuse(List.of(r)));
    }

    static void refuse(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        int status = switch (refusals.get(0).kind()) {
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        throw new RuleViolation(status, refusals.stream()
                .map(r -> new FieldError(r.field(), r.rule(), r.messageZh(), r.messageEn())).toList());
    }
}
