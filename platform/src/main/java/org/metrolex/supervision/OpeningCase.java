package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.persistence.Findings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a case (立案) on a finding, published as {@link CaseOpened}; the case number is per region and year. */
@Service
public class OpeningCase {

    private final Findings findings;
    private final SupervisionGuards guards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpeningCase(Findings findings, SupervisionGuards guards, ApplicationEventPublisher events, Clock clock) {
        this.findings = findings;
        this.guards = guards;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Finding open(DataScope scope, long findingId) {
        Finding f = guards.managedFinding(scope, findingId);
        if (!f.status().mayOpenCase()) {
            throw Refusals.illegalTransition(f, "立案", "open a case");
        }
        LocalDate today = LocalDate.now(clock);
        String number = "JL-" + f.targetRegionCode() + "-" + today.getYear() + "-"
                + String.format("%04d", findings.nextCaseSequence(f.targetRegionCode(), today.getYear()));
        Finding after = guards.changed(scope, f, "supervision.finding.case", findings.openCase(findingId, f.version(), number, today));
        events.publishEvent(new CaseOpened(findingId, number, f.targetKey()));
        return after;
    }
}
