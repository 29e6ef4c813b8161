package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.RectificationOrderPolicy;
import org.metrolex.supervision.domain.RectificationPeriod;
import org.metrolex.supervision.persistence.Findings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders the rectification (责令整改) of an open finding. A period in working days runs from the order date
 * (today by the injected clock; the order date itself never counts, ADR 0006) to the n-th working day after
 * it under the State Council holiday notices; when it reaches a year without a published notice the deadline
 * is stored and shown as provisional (暂定). Bounds 1..60 working days: our configured default [M]
 * ({@link RectificationPeriod}), not a regulated value.
 */
@Service
public class OrderingRectification {

    private final Findings findings;
    private final CalendarManagement calendar;
    private final SupervisionGuards guards;
    private final Clock clock;

    OrderingRectification(Findings findings, CalendarManagement calendar, SupervisionGuards guards, Clock clock) {
        this.findings = findings;
        this.calendar = calendar;
        this.guards = guards;
        this.clock = clock;
    }

    @Transactional
    public Finding order(DataScope scope, long findingId, RectificationOrder order) {
        return order(scope, findingId, order, LocalDate.now(clock));
    }

    /** As {@link #order(DataScope, long, RectificationOrder)} with the order date given (tests, imports). */
    @Transactional
    Finding order(DataScope scope, long findingId, RectificationOrder order, LocalDate orderedOn) {
        Finding f = guards.managedFinding(scope, findingId);
        if (!f.status().mayOrderRectification()) {
            throw Refusals.illegalTransition(f, "责令整改", "order rectification");
        }
        Integer days = order == null ? null : order.workingDays();
        LocalDate typed = order == null ? null : order.deadline();
        RectificationOrderPolicy.ofOrder(days, typed).ifPresent(p -> {
            throw Refusals.of(p);
        });
        Deadline deadline = days != null ? deadline(orderedOn, days) : typedDeadline(typed, orderedOn);
        return guards.changed(scope, f, "supervision.finding.rectification",
                findings.orderRectification(findingId, f.version(), orderedOn, days, deadline.date(), deadline.provisional()));
    }

    /** A deadline typed as a date, provisional when the working days up to it are. */
    private Deadline typedDeadline(LocalDate typed, LocalDate orderedOn) {
        RectificationOrderPolicy.ofTypedDeadline(typed, orderedOn).ifPresent(p -> {
            throw Refusals.of(p);
        });
        WorkingDayCount period = calendar.workingDaysBetween(orderedOn, typed);
        RectificationOrderPolicy.ofTypedPeriod(period.days()).ifPresent(p -> {
            throw Refusals.of(p);
        });
        return new Deadline(typed, period.provisional());
    }

    /**
     * The deadline of a rectification period of {@code workingDays} ordered on {@code orderedOn}: the n-th working
     * day after the order date (the order date never counts, 《民法典》第二百零一条 as in ADR 0006), under the State
     * Council holiday notices shipped with the calendar module; provisional when it reaches past the last notice.
     */
    public Deadline deadline(LocalDate orderedOn, int workingDays) {
        return calendar.addWorkingDays(orderedOn, workingDays);
    }
}
