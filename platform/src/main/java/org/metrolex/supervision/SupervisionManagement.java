package org.metrolex.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.domain.InspectionForm;
import org.springframework.stereotype.Service;

/**
 * The supervision module's API for other modules (the demo's seed year, a lot inspection referring to its task):
 * one line per command, each handed to its use case ({@link PlanningCampaign}, {@link CommittingPopulation},
 * {@link DrawingTargets}, {@link RecordingInspection}, {@link AuditingCertificates}, {@link OrderingRectification},
 * {@link RecordingRectification}, {@link OpeningCase}, {@link DecidingCase}, {@link PublishingResults}), which holds
 * the transaction, the rules and the audit. The module's own pages and API call the use cases directly.
 */
@Service
public class SupervisionManagement {

    private final PlanningCampaign planning;
    private final CommittingPopulation committing;
    private final DrawingTargets drawing;
    private final PublishingResults publishing;
    private final LinkingInspector linking;
    private final RecordingInspection inspecting;
    private final AuditingCertificates certificates;
    private final OrderingRectification ordering;
    private final RecordingRectification rectifying;
    private final OpeningCase opening;
    private final DecidingCase deciding;
    private final SupervisionQueries queries;

    SupervisionManagement(PlanningCampaign planning, CommittingPopulation committing, DrawingTargets drawing,
                          PublishingResults publishing, LinkingInspector linking, RecordingInspection inspecting,
                          AuditingCertificates certificates, OrderingRectification ordering, RecordingRectification rectifying,
                          OpeningCase opening, DecidingCase deciding, SupervisionQueries queries) {
        this.planning = planning;
        this.committing = committing;
        this.drawing = drawing;
        this.publishing = publishing;
        this.linking = linking;
        this.inspecting = inspecting;
        this.certificates = certificates;
        this.ordering = ordering;
        this.rectifying = rectifying;
        this.opening = opening;
        this.deciding = deciding;
        this.queries = queries;
    }

    public Campaign create(DataScope scope, CampaignDraft draft) {
        return planning.plan(scope, draft);
    }

    public Campaign commit(DataScope scope, long campaignId) {
        return committing.commit(scope, campaignId);
    }

    public Campaign draw(DataScope scope, long campaignId) {
        return drawing.draw(scope, campaignId);
    }

    public Campaign publish(DataScope scope, long campaignId) {
        return publishing.publish(scope, campaignId);
    }

    public void linkInspector(DataScope scope, long personId, String username) {
        linking.link(scope, personId, username);
    }

    public Inspection recordInspection(DataScope scope, long taskId, InspectionForm form) {
        return inspecting.record(scope, taskId, form);
    }

    public CertificateReport auditCertificates(DataScope scope, long campaignId) {
        return certificates.audit(scope, campaignId);
    }

    public CertificateReport certificateReport(DataScope scope, long campaignId) {
        return certificates.report(scope, campaignId);
    }

    public Finding orderRectification(DataScope scope, long findingId, RectificationOrder order) {
        return ordering.order(scope, findingId, order);
    }

    /** With the order date given (tests of other packages, imports). */
    Finding orderRectification(DataScope scope, long findingId, RectificationOrder order, LocalDate orderedOn) {
        return ordering.order(scope, findingId, order, orderedOn);
    }

    public Finding recordRectified(DataScope scope, long findingId, String followUp) {
        return rectifying.recordRectified(scope, findingId, followUp);
    }

    public Finding openCase(DataScope scope, long findingId) {
        return opening.open(scope, findingId);
    }

    public Finding decide(DataScope scope, long findingId, String decision) {
        return deciding.decide(scope, findingId, decision);
    }

    public List<Task> tasks(DataScope scope, long campaignId) {
        return queries.tasks(scope, campaignId);
    }

    /** The task when the caller sees it; for other modules that refer to a task by id (a lot inspection). */
    public Optional<Task> task(DataScope scope, long taskId) {
        return queries.task(scope, taskId);
    }

    public List<Finding> findings(DataScope scope, long campaignId) {
        return queries.findings(scope, campaignId);
    }

    public Finding requireFinding(DataScope scope, long findingId) {
        return queries.requireFinding(scope, findingId);
    }

    public List<CampaignStatistics> statisticsTotals(DataScope scope) {
        return queries.statisticsTotals(scope);
    }

    /** Today by the injected clock. */
    public LocalDate todayForPages() {
        return queries.todayForPages();
    }
}
