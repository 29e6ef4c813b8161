package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.supervision.persistence.Findings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily job: records the first overdue day of every open rectification past its deadline (by the injected
 * clock), audits each once and publishes {@link RectificationOverdue}; re-running flags nothing new. Lists decide
 * overdue on read, so a finding is shown overdue from the day after its deadline even before the job ran.
 */
@Service
public class FlaggingOverdueRectifications {

    private final Findings findings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FlaggingOverdueRectifications(Findings findings, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public int flag() {
        LocalDate today = LocalDate.now(clock);
        List<RectificationOverdue> flagged = findings.flagOverdueRectifications(today);
        for (RectificationOverdue o : flagged) {
            audit.record("supervision.finding.rectification-overdue", "supervision_finding", o.findingId(), null,
                    Map.of("checkedOn", today.toString()));
            events.publishEvent(o);
        }
        return flagged.size();
    }
}
