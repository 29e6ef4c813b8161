package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.persistence.Findings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the follow-up that found the rectification done, published as {@link RectificationCompleted}. Still
 * allowed after the deadline: the finding then keeps {@code rectifiedLate = true}, shown on the page and in the
 * audit trail.
 */
@Service
public class RecordingRectification {

    private final Findings findings;
    private final SupervisionGuards guards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordingRectification(Findings findings, SupervisionGuards guards, ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.guards = guards;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Finding recordRectified(DataScope scope, long findingId, String followUp) {
        Finding f = guards.managedFinding(scope, findingId);
        if (!f.status().mayRecordRectified()) {
            throw Refusals.illegalTransition(f, "确认整改完成", "record the rectification");
        }
        if (followUp == null || followUp.isBlank()) {
            throw new RuleViolation("followUp", "required", "请填写复查情况", "describe the follow-up check");
        }
        LocalDate today = LocalDate.now(clock);
        boolean late = f.rectificationOverdueOn(today);
        Finding after = guards.changed(scope, f, "supervision.finding.rectified",
                findings.recordRectified(findingId, f.version(), today, followUp.strip(), late));
        events.publishEvent(new RectificationCompleted(findingId, f.campaignId(), f.targetKey(), f.targetRegionCode(), today, late));
        return after;
    }
}
