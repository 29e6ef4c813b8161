package org.metrolex.comparison.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comparison round guarding its own state: PLANNED (enrolling) → CIRCULATING → RESULTS_CLOSED → EVALUATED →
 * PUBLISHED, never back. The organiser (an officer of the round's region) or the pilot laboratory manages it.
 * A refused change leaves the round as it was.
 */
public final class ComparisonRound {

    /** The changes made, for the use case to store and announce. */
    public record Change(long roundId, RoundStatus from, RoundStatus to, LocalDate on) {
    }

    private final long id;
    private final long pilotInstitutionId;
    private final LocalDate resultsDeadline;
    private RoundStatus status;
    private final List<Change> changes = new ArrayList<>();

    public ComparisonRound(long id, long pilotInstitutionId, LocalDate resultsDeadline, RoundStatus status) {
        this.id = id;
        this.pilotInstitutionId = pilotInstitutionId;
        this.resultsDeadline = resultsDeadline;
        this.status = status;
    }

    public RoundStatus status() {
        return status;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public boolean isPilot(Long institutionId) {
        return institutionId != null && institutionId == pilotInstitutionId;
    }

    /** Only the organiser and the pilot plan, enrol, start and close. */
    public Optional<Refusal> manageableBy(Actor actor) {
        if (actor.organiser() || isPilot(actor.institutionId())) {
            return Optional.empty();
        }
        return Optional.of(Refusal.forbidden("round", "organiser-or-pilot", "只有组织比对的计量行政部门或主导实验室可以操作此比对",
                "only the organising authority or the pilot laboratory may manage this round"));
    }

    /** Participants are enrolled (and withdrawn) only before the artefact leaves the pilot. */
    public Optional<Refusal> enrolling() {
        return status == RoundStatus.PLANNED ? Optional.empty() : Optional.of(state("PLANNED"));
    }

    /**
     * Starts the circulation: the schedule and the laboratory codes are fixed from here on.
     *
     * @param laboratories enrolled participants other than the pilot
     */
    public Optional<Refusal> start(int laboratories, LocalDate on) {
        if (status != RoundStatus.PLANNED) {
            return Optional.of(state("PLANNED"));
        }
        if (laboratories < 1) {
            return Optional.of(Refusal.invalid("participants", "at-least-one", "除主导实验室外至少需要一个参加实验室",
                    "at least one laboratory besides the pilot must be enrolled"));
        }
        return move(RoundStatus.CIRCULATING, on);
    }

    /** Hand-overs, stability checks and results are recorded while the artefact circulates. */
    public Optional<Refusal> circulating() {
        return status == RoundStatus.CIRCULATING ? Optional.empty() : Optional.of(state("CIRCULATING"));
    }

    /**
     * Closes the results: after the deadline, or earlier once every participant has submitted every point.
     * From then on results are locked and the pilot and organiser see them all.
     */
    public Optional<Refusal> closeResults(LocalDate today, boolean everyoneSubmitted) {
        if (status != RoundStatus.CIRCULATING) {
            return Optional.of(state("CIRCULATING"));
        }
        if (!today.isAfter(resultsDeadline) && !everyoneSubmitted) {
            return Optional.of(Refusal.conflict("resultsDeadline", "not-yet", "结果提交截止日（" + resultsDeadline
                    + "）未过且尚有参加实验室未提交全部结果，不能关闭", "the results deadline (" + resultsDeadline
                    + ") has not passed and some participants have not submitted every point"));
        }
        return move(RoundStatus.RESULTS_CLOSED, today);
    }

    /** Evaluated (again, as long as it is not published) once the results are closed. */
    public Optional<Refusal> evaluate(LocalDate on) {
        if (status != RoundStatus.RESULTS_CLOSED && status != RoundStatus.EVALUATED) {
            return Optional.of(state("RESULTS_CLOSED"));
        }
        return move(RoundStatus.EVALUATED, on);
    }

    public Optional<Refusal> publish(LocalDate on) {
        if (status != RoundStatus.EVALUATED) {
            return Optional.of(state("EVALUATED"));
        }
        return move(RoundStatus.PUBLISHED, on);
    }

    private Optional<Refusal> move(RoundStatus to, LocalDate on) {
        changes.add(new Change(id, status, to, on));
        status = to;
        return Optional.empty();
    }

    private Refusal state(String required) {
        return Refusal.conflict("status", "state", "比对当前状态为 " + status + "，此操作要求状态 " + required,
                "the round is " + status + "; this step requires " + required);
    }
}
