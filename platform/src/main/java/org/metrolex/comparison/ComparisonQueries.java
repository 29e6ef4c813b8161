package org.metrolex.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.comparison.domain.Actor;
import org.metrolex.comparison.domain.HandoverKind;
import org.metrolex.comparison.domain.Lateness;
import org.metrolex.comparison.domain.ResultVisibility;
import org.metrolex.comparison.domain.ResultVisibility.Sight;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.comparison.domain.WorkingDays;
import org.metrolex.comparison.persistence.ComparisonEvaluations;
import org.metrolex.comparison.persistence.ComparisonRounds;
import org.metrolex.comparison.persistence.NationalComparisons;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the comparison module, always in the caller's scope, results blind as {@link ResultVisibility} says. */
@Service
public class ComparisonQueries {

    /** A round in a list, with its pilot's name. */
    public record RoundItem(Round round, String pilotName) {
    }

    private final ComparisonRounds rounds;
    private final NationalComparisons national;
    private final ComparisonEvaluations evaluations;
    private final RoundAccess access;
    private final Clock clock;

    ComparisonQueries(ComparisonRounds rounds, NationalComparisons national, ComparisonEvaluations evaluations,
                      RoundAccess access, Clock clock) {
        this.rounds = rounds;
        this.national = national;
        this.evaluations = evaluations;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<RoundItem> rounds(DataScope scope, RoundStatus status, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        Map<Long, String> names = new HashMap<>();
        return rounds.search(scope, status, ps[0], ps[1])
                .map(r -> new RoundItem(r, names.computeIfAbsent(r.pilotInstitutionId(), id -> access.institution(id).name())));
    }

    @Transactional(readOnly = true)
    public RoundDetail round(DataScope scope, long id) {
        return round(scope, id, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    RoundDetail round(DataScope scope, long id, LocalDate today) {
        Round round = access.require(scope, id);
        Actor actor = RoundAccess.actor(scope, round);
        boolean manager = RoundAccess.aggregate(round).manageableBy(actor).isEmpty();
        List<Participant> participants = rounds.participants(id);
        List<Handover> handovers = rounds.handovers(id);
        WorkingDays days = access.workingDays();
        List<RoundDetail.ParticipantRow> rows = participants.stream().map(p -> {
            LocalDate received = on(handovers, p.id(), HandoverKind.RECEIVED);
            LocalDate sent = on(handovers, p.id(), HandoverKind.SENT);
            Lateness late = round.status() == RoundStatus.CIRCULATING || sent != null
                    ? Lateness.of(p.plannedSend(), received, sent, today, days) : Lateness.ON_TIME;
            return new RoundDetail.ParticipantRow(p, received, sent, late);
        }).toList();
        Map<Long, Participant> byId = new HashMap<>();
        participants.forEach(p -> byId.put(p.id(), p));
        ResultVisibility.Viewer viewer = new ResultVisibility.Viewer(actor.institutionId(), actor.organiser(),
                RoundAccess.aggregate(round).isPilot(actor.institutionId()));
        List<RoundDetail.ResultRow> results = rounds.results(id).stream().map(r -> {
            Participant p = byId.get(r.participantId());
            Sight sight = ResultVisibility.of(viewer, round.status(), p.institutionId());
            return switch (sight) {
                case HIDDEN -> null;
                case ANONYMISED -> new RoundDetail.ResultRow(null, p.labCode(), p.labCode(), r.pointId(), r.value(),
                        r.expandedUncertainty(), r.coverageFactor(), sight);
                case NAMED -> new RoundDetail.ResultRow(p.id(), p.name(), p.labCode(), r.pointId(), r.value(),
                        r.expandedUncertainty(), r.coverageFactor(), sight);
            };
        }).filter(java.util.Objects::nonNull).toList();
        Long own = participants.stream().filter(p -> p.institutionId() != null && p.institutionId().equals(actor.institutionId()))
                .map(Participant::id).findFirst().orElse(null);
        return new RoundDetail(round, access.institution(round.pilotInstitutionId()).name(), rounds.points(id), rows, handovers,
                manager ? rounds.stabilityChecks(id) : List.of(), results, manager, own);
    }

    /**
     * The round's evaluation as the caller may see it (empty points before evaluation, and for a participant before
     * publication: blind until the round is published).
     */
    @Transactional(readOnly = true)
    public EvaluationView evaluation(DataScope scope, long id) {
        Round round = access.require(scope, id);
        Actor actor = RoundAccess.actor(scope, round);
        boolean manager = RoundAccess.aggregate(round).manageableBy(actor).isEmpty();
        if (!manager && round.status() != RoundStatus.PUBLISHED) {
            return new EvaluationView(id, round.title(), round.status(), List.of());
        }
        ResultVisibility.Viewer viewer = new ResultVisibility.Viewer(actor.institutionId(), actor.organiser(),
                RoundAccess.aggregate(round).isPilot(actor.institutionId()));
        Map<Long, Participant> byId = new HashMap<>();
        rounds.participants(id).forEach(p -> byId.put(p.id(), p));
        Map<Long, Round.Point> points = new HashMap<>();
        rounds.points(id).forEach(p -> points.put(p.id(), p));
        List<SubmittedResult> results = rounds.results(id);
        List<EvaluationView.PointView> views = evaluations.of(id).stream()
                .map(e -> EvaluationRows.point(points.get(e.pointId()), e, byId, results, viewer, round.status()))
                .toList();
        return new EvaluationView(id, round.title(), round.status(), views);
    }

    @Transactional(readOnly = true)
    public List<NationalParticipation> national(DataScope scope, Integer year) {
        Map<Long, String> names = new HashMap<>();
        return national.search(scope, year).stream().map(n -> new NationalParticipation(n.id(), n.year(), n.organiser(), n.project(),
                n.institutionId(), names.computeIfAbsent(n.institutionId(), i -> access.institution(i).name()), n.regionCode(),
                n.result(), n.note())).toList();
    }

    private static LocalDate on(List<Handover> handovers, long participantId, HandoverKind kind) {
        return handovers.stream().filter(h -> h.participantId() == participantId && h.kind() == kind)
                .map(Handover::onDate).findFirst().orElse(null);
    }
}
