package org.metrolex.licensing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.calendar.domain.ClockStatus;
import org.metrolex.calendar.domain.StatutoryClock;
import org.metrolex.calendar.domain.StopReason;
import org.metrolex.platform.text.EnumNames;

/**
 * The statutory clocks of one application, read from its history (see {@link LicenceApplication} and
 * docs/adr/0013): each step's clock and the overall one, with the document requests, suspensions and
 * excluded steps that stop them.
 */
final class ApplicationClocks {

    private final Procedure procedure;
    private final List<ApplicationEvent> events;
    private final ApplicationStatus status;
    private final ApplicationEvent last;
    private final LocalDate completedOn;
    private final EnumNames names;

    ApplicationClocks(Procedure procedure, List<ApplicationEvent> events, ApplicationStatus status, LocalDate completedOn,
                      EnumNames names) {
        this.names = names;
        this.procedure = procedure;
        this.events = events;
        this.status = status;
        this.last = events.get(events.size() - 1);
        this.completedOn = completedOn;
    }

    private LocalDate completedOn() {
        return completedOn;
    }

    /** The clocks as of {@code today} (closed applications: as of their last event). */
    Timeline timeline(ClockFactory clocks, LocalDate today) {
        LocalDate asOf = status.closed() ? closedOn() : today;
        if (asOf.isBefore(last.on())) {
            asOf = last.on();
        }
        List<StepClock> steps = new ArrayList<>();
        Map<StepKind, LocalDate[]> spans = stepSpans();
        for (StepDefinition def : procedure.steps()) {
            LocalDate[] span = spans.get(def.kind());
            if (span == null) {
                continue;
            }
            LocalDate end = span[1];
            LocalDate stepAsOf = end == null ? asOf : end;
            StatutoryClock clock = clocks.start(span[0], def.limitDays());
            for (Stop s : merge(stopsIn(def.kind()))) {
                clock.stop(s.from, s.reason, s.note);
                if (s.to != null) {
                    clock.resume(s.to);
                }
            }
            ClockStatus st = clock.statusOn(stepAsOf);
            steps.add(new StepClock(def, span[0], end, st, warns(st)));
        }
        ClockStatus overall = overallClock(clocks).map(c -> c.statusOn(asOfForOverall(today))).orElse(null);
        boolean overallWarning = overall != null && !status.closed() && warns(overall);
        StepClock current = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        boolean currentOverdue = current != null && current.current() && !status.closed() && current.status().overdue();
        boolean overdue = (overall != null && overall.overdue() && !status.closed()) || currentOverdue;
        boolean warning = !overdue && (overallWarning || (current != null && current.current() && current.warning()));
        return new Timeline(steps, overall, overallWarning, overdue, warning);
    }

    /** Whether the application was completed (issued or refused) within the overall limit. */
    Optional<Boolean> completedOnTime(ClockFactory clocks) {
        if (status != ApplicationStatus.ISSUED && status != ApplicationStatus.REFUSED && status != ApplicationStatus.REVOKED) {
            return Optional.empty();
        }
        if (events.stream().anyMatch(e -> e.kind() == EventKind.GRANTED_BY_COMMITMENT)) {
            return Optional.of(true);
        }
        return overallClock(clocks).map(c -> !c.statusOn(completedOn()).overdue());
    }

    private LocalDate closedOn() {
        LocalDate c = completedOn();
        return c != null ? c : last.on();
    }

    private LocalDate asOfForOverall(LocalDate today) {
        LocalDate c = completedOn();
        if (c != null) {
            return c;
        }
        return status.closed() || today.isBefore(last.on()) ? last.on() : today;
    }

    /** The overall clock from acceptance, with every excluded period; empty before acceptance. */
    private Optional<StatutoryClock> overallClock(ClockFactory clocks) {
        Optional<LocalDate> accepted = events.stream().filter(e -> e.kind() == EventKind.ACCEPTED).map(ApplicationEvent::on).findFirst();
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        StatutoryClock clock = clocks.start(accepted.get(), procedure.totalLimitDays());
        for (Stop s : merge(overallStops())) {
            clock.stop(s.from, s.reason, s.note);
            if (s.to != null) {
                clock.resume(s.to);
            }
        }
        return Optional.of(clock);
    }

    record Stop(LocalDate from, LocalDate to, StopReason reason, String note, StepKind step) {
    }

    /** Document requests and suspensions, each with the step it happened in, oldest first. */
    List<Stop> stops() {
        List<Stop> stops = new ArrayList<>();
        Stop open = null;
        StepKind current = null;
        for (ApplicationEvent e : events) {
            StepKind entered = entered(e.kind());
            if (entered != null) {
                current = entered;
            }
            switch (e.kind()) {
                case DOCUMENTS_REQUESTED -> open = new Stop(e.on(), null, StopReason.MISSING_DOCUMENTS, String.join("；", e.items()), current);
                case SUSPENDED -> open = new Stop(e.on(), null, StopReason.SUSPENSION, e.reason(), current);
                case DOCUMENTS_SUPPLIED, RESUMED -> {
                    if (open != null) {
                        stops.add(new Stop(open.from, e.on(), open.reason, open.note, open.step));
                        open = null;
                    }
                }
                default -> { }
            }
        }
        if (open != null) {
            stops.add(open);
        }
        return stops;
    }

    private List<Stop> stopsIn(StepKind step) {
        return stops().stream().filter(s -> s.step == step).toList();
    }

    /** Every stop after acceptance plus the steps the clock excludes. */
    private List<Stop> overallStops() {
        List<Stop> stops = new ArrayList<>(stops().stream().filter(s -> s.step != StepKind.ACCEPTANCE).toList());
        Map<StepKind, LocalDate[]> spans = stepSpans();
        for (StepDefinition def : procedure.steps()) {
            LocalDate[] span = spans.get(def.kind());
            if (def.clockExcluded() && span != null) {
                stops.add(new Stop(span[0], span[1], StopReason.EXPERT_ASSESSMENT, names.zh(def.kind()), def.kind()));
            }
        }
        return stops;
    }

    private StepKind entered(EventKind kind) {
        return switch (kind) {
            case SUBMITTED -> StepKind.ACCEPTANCE;
            case ACCEPTED -> StepKind.REVIEW;
            case REVIEW_COMPLETED -> procedure.next(StepKind.REVIEW);
            case ASSESSMENT_COMPLETED -> StepKind.DECISION;
            case GRANTED -> StepKind.ISSUE;
            default -> null;
        };
    }

    /** Overlapping stops (a suspension inside the assessment) become one, so the clock is stopped once. */
    private static List<Stop> merge(List<Stop> stops) {
        List<Stop> sorted = stops.stream().sorted((a, b) -> a.from.compareTo(b.from)).toList();
        List<Stop> merged = new ArrayList<>();
        for (Stop s : sorted) {
            if (!merged.isEmpty()) {
                Stop prev = merged.get(merged.size() - 1);
                if (prev.to == null || !s.from.isAfter(prev.to)) {
                    LocalDate to = prev.to == null || s.to == null ? null : (s.to.isAfter(prev.to) ? s.to : prev.to);
                    merged.set(merged.size() - 1, new Stop(prev.from, to, prev.reason, prev.note, prev.step));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    /** Start and end (null while current) of each step entered. */
    private Map<StepKind, LocalDate[]> stepSpans() {
        Map<StepKind, LocalDate[]> spans = new EnumMap<>(StepKind.class);
        StepKind current = null;
        for (ApplicationEvent e : events) {
            StepKind next = entered(e.kind());
            boolean ends = next != null || e.kind() == EventKind.NOT_ACCEPTED || e.kind() == EventKind.REFUSED
                    || e.kind() == EventKind.ISSUED || e.kind() == EventKind.GRANTED_BY_COMMITMENT;
            if (ends && current != null && spans.get(current)[1] == null) {
                spans.get(current)[1] = e.on();
            }
            if (next != null) {
                spans.put(next, new LocalDate[] {e.on(), null});
                current = next;
            }
        }
        return spans;
    }

    private boolean warns(ClockStatus st) {
        return !st.overdue() && !st.stopped() && st.daysLeft() <= procedure.warnDays();
    }
}
