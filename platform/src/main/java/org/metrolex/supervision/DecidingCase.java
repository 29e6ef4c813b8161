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
 * Records the penalty decision (处罚决定) that decides a case, published with the results (SAMR Order No. 45) and
 * as {@link PenaltyDecided}, the module's "case decided" event (ADR 0024).
 */
@Service
public class DecidingCase {

    private final Findings findings;
    private final SupervisionGuards guards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecidingCase(Findings findings, SupervisionGuards guards, ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.guards = guards;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Finding decide(DataScope scope, long findingId, String decision) {
        Finding f = guards.managedFinding(scope, findingId);
        if (!f.status().mayDecide()) {
            throw Refusals.illegalTransition(f, "作出处罚决定", "decide the case");
        }
        if (decision == null || decision.isBlank()) {
            throw new RuleViolation("decision", "required", "请填写处罚决定", "the penalty decision is required");
        }
        LocalDate today = LocalDate.now(clock);
        Finding after = guards.changed(scope, f, "supervision.finding.decision", findings.decide(findingId, f.version(), decision.strip(), today));
        events.publishEvent(new PenaltyDecided(findingId, f.campaignId(), f.caseNumber(), f.targetKey(), f.targetRegionCode(), today));
        return after;
    }
}
