package org.metrolex.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.persistence.Campaigns;
import org.metrolex.supervision.persistence.Findings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's reads for the bureau's pages and API: every one takes the caller's {@link DataScope}. */
@Service
@Transactional(readOnly = true)
public class SupervisionQueries {

    private final Campaigns campaigns;
    private final Findings findings;
    private final PartyManagement parties;
    private final CalendarManagement calendar;
    private final SupervisionGuards guards;
    private final Clock clock;

    SupervisionQueries(Campaigns campaigns, Findings findings, PartyManagement parties, CalendarManagement calendar,
                       SupervisionGuards guards, Clock clock) {
        this.campaigns = campaigns;
        this.findings = findings;
        this.parties = parties;
        this.calendar = calendar;
        this.guards = guards;
        this.clock = clock;
    }

    public ResultPage<Campaign> search(DataScope scope, String type, Integer page, Integer size) {
        int[] ps = ResultPage.clamp(page, size);
        return campaigns.search(scope, type, ps[0], ps[1]);
    }

    public Campaign require(DataScope scope, long id) {
        return guards.campaign(scope, id);
    }

    public Optional<String> populationText(DataScope scope, long id) {
        return campaigns.findPopulationText(scope, id);
    }

    public List<Task> tasks(DataScope scope, long campaignId) {
        return campaigns.findTasks(scope, campaignId);
    }

    /** The task when the caller sees it; for other modules that refer to a task by id (a lot inspection). */
    public Optional<Task> task(DataScope scope, long taskId) {
        return campaigns.findTask(scope, taskId);
    }

    public Task requireTask(DataScope scope, long taskId) {
        return guards.task(scope, taskId);
    }

    public List<Task> myTasks(DataScope scope) {
        return campaigns.findMyTasks(scope);
    }

    public Optional<Inspection> inspection(DataScope scope, long taskId) {
        return campaigns.findInspection(scope, taskId);
    }

    /** The inspections of the given tasks visible in the scope, by task id, in one read. */
    public Map<Long, Inspection> inspections(DataScope scope, Collection<Long> taskIds) {
        return campaigns.findInspections(scope, taskIds).stream().collect(Collectors.toMap(Inspection::taskId, i -> i));
    }

    public List<Finding> findings(DataScope scope, long campaignId) {
        return findings.findByCampaign(scope, campaignId);
    }

    public Finding requireFinding(DataScope scope, long id) {
        return guards.finding(scope, id);
    }

    public List<CampaignStatistics> statistics(DataScope scope, Long campaignId) {
        return campaigns.findStatistics(scope, campaignId);
    }

    /** The same figures summed per campaign over its regions: the seed's way of reporting a campaign. */
    public List<CampaignStatistics> statisticsTotals(DataScope scope) {
        return CampaignStatistics.totals(campaigns.findStatistics(scope, null));
    }

    /** The province's inspector directory: who may be put in a pool. */
    public List<Person> inspectorDirectory() {
        return parties.inspectorDirectory();
    }

    /** Institutions a certificate spot check of this bureau may be limited to. */
    public List<Institution> institutionChoices(DataScope scope) {
        return parties.institutionsInScope(scope);
    }

    /** The inspector person a login acts for, if linked. */
    public Optional<Long> inspectorPersonOf(DataScope scope) {
        return scope.isOfficer() ? campaigns.inspectorPersonOf(scope.username()) : Optional.empty();
    }

    /** Open rectifications past their deadline in the caller's regions (officers only), oldest deadline first. */
    public ResultPage<OverdueRectification> overdueRectifications(DataScope scope, Integer page, Integer size) {
        Refusals.requireOfficer(scope);
        int[] ps = ResultPage.clamp(page, size);
        LocalDate today = LocalDate.now(clock);
        long total = findings.countOverdueRectifications(scope, today);
        List<OverdueRectification> items = findings.findOverdueRectifications(scope, today, ps[0], ps[1]).stream().map(r -> {
            // working days in (deadline, today]: 1 on the first working day after the deadline
            WorkingDayCount late = calendar.workingDaysBetween(r.finding().rectificationDeadline(), today);
            return new OverdueRectification(r.finding(), r.campaignReference(), r.campaignName(), today, late.days(),
                    late.provisional() || r.finding().rectificationDeadlineProvisional());
        }).toList();
        return new ResultPage<>(items, total, ps[0], ps[1]);
    }

    /** Today by the injected clock, for pages that mark what is overdue. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public LocalDate todayForPages() {
        return LocalDate.now(clock);
    }
}
