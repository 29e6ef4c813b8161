package org.metrolex.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.verification.persistence.Verifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records today's overdue notices (one per instrument and due date) and publishes {@link InstrumentOverdue} for each
 * new one; run daily by {@link OverdueJob}.
 */
@Service
public class RecordingOverdueNotices {

    private final Verifications verifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecordingOverdueNotices(Verifications verifications, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.verifications = verifications;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public int recordOverdueNotices() {
        List<InstrumentOverdue> recorded = verifications.recordOverdueNotices(LocalDate.now(clock));
        recorded.forEach(events::publishEvent);
        int added = recorded.size();
        if (added > 0) {
            audit.record("overdue.notice", "overdue-notice", LocalDate.now(clock).toString(), null, Map.of("added", added));
        }
        return added;
    }
}
