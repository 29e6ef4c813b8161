package org.metrolex.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.CampaignStatistics;
import org.metrolex.supervision.CertificateReport;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.SupervisionQueries;
import org.metrolex.supervision.PlanningCampaign;
import org.metrolex.supervision.CommittingPopulation;
import org.metrolex.supervision.DrawingTargets;
import org.metrolex.supervision.PublishingResults;
import org.metrolex.supervision.AuditingCertificates;
import org.metrolex.supervision.RecordingInspection;
import org.metrolex.supervision.OrderingRectification;
import org.metrolex.supervision.RecordingRectification;
import org.metrolex.supervision.OpeningCase;
import org.metrolex.supervision.DecidingCase;
import org.metrolex.supervision.LinkingInspector;
import org.metrolex.supervision.RectificationOrder;
import org.metrolex.supervision.OverdueRectification;
import org.metrolex.supervision.CampaignDraft;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.domain.DispenserCheck;
import org.metrolex.supervision.domain.InspectionForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Spot-check campaigns: plan, commit, draw, inspect, follow up, publish; statistics. Officers only. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision", description = "监督抽查 / spot checks (双随机一公开)")
class SupervisionApiController {

    static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')";

    private final SupervisionQueries queries;
    private final PlanningCampaign planning;
    private final CommittingPopulation committing;
    private final DrawingTargets drawing;
    private final PublishingResults publishing;
    private final AuditingCertificates certificates;
    private final RecordingInspection inspecting;
    private final OrderingRectification ordering;
    private final RecordingRectification rectifying;
    private final OpeningCase opening;
    private final DecidingCase deciding;
    private final LinkingInspector linking;
    private final CurrentUser currentUser;

    SupervisionApiController(SupervisionQueries queries, PlanningCampaign planning, CommittingPopulation committing, DrawingTargets drawing, PublishingResults publishing, AuditingCertificates certificates, RecordingInspection inspecting, OrderingRectification ordering, RecordingRectification rectifying, OpeningCase opening, DecidingCase deciding, LinkingInspector linking, CurrentUser currentUser) {
        this.queries = queries;
        this.planning = planning;
        this.committing = committing;
        this.drawing = drawing;
        this.publishing = publishing;
        this.certificates = certificates;
        this.inspecting = inspecting;
        this.ordering = ordering;
        this.rectifying = rectifying;
        this.opening = opening;
        this.deciding = deciding;
        this.linking = linking;
        this.currentUser = currentUser;
    }

    record InspectionRequest(LocalDate inspectedOn, Integer instrumentsChecked, Integer instrumentsUnverified, Integer fraudFound,
                             List<DispenserCheck> dispensers, Integer publicationsChecked, Integer illegalUnitUses,
                             Boolean scopeOk, Boolean standardsOk, Boolean recordsOk, String notes) {

        InspectionForm toForm() {
            return new InspectionForm(inspectedOn, n(instrumentsChecked), n(instrumentsUnverified), n(fraudFound), dispensers,
                    n(publicationsChecked), n(illegalUnitUses), scopeOk, standardsOk, recordsOk, notes);
        }

        private static int n(Integer v) {
            return v == null ? 0 : v;
        }
    }

    /** The rectification period: {@code workingDays} (primary, 1..60) or a typed {@code deadline}; exactly one. */
    record RectificationForm(Integer workingDays, LocalDate deadline) {
    }

    record TextForm(String text) {
    }

    record LoginForm(String username) {
    }

    @GetMapping("/campaigns")
    @Operation(summary = "Campaigns of the caller's region, and those the caller was drawn for")
    @PreAuthorize(OFFICERS)
    ResultPage<Campaign> search(@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return queries.search(currentUser.scope(), type, page, size);
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a campaign (type, target region, sample size or ratio, strata, inspector pool)")
    @PreAuthorize(OFFICERS)
    Campaign create(@RequestBody(required = false) CampaignDraft draft) {
        return planning.plan(currentUser.scope(), draft == null
                ? new CampaignDraft(null, null, null, null, null, null, null, null) : draft);
    }

    @GetMapping("/campaigns/{id:\\d+}")
    @PreAuthorize(OFFICERS)
    Campaign get(@PathVariable long id) {
        return queries.require(currentUser.scope(), id);
    }

    @GetMapping("/campaigns/{id:\\d+}/population.txt")
    @Operation(summary = "The committed population document (canonical text, docs/random-draw.md)")
    @PreAuthorize(OFFICERS)
    ResponseEntity<byte[]> population(@PathVariable long id) {
        return text(queries.populationText(currentUser.scope(), id)
                .orElseThrow(() -> RuleViolation.notFound("抽查对象名单/population", id)));
    }

    /**
     * The document as its exact UTF-8 bytes (what is hashed). Not a {@code produces} mapping, so that
     * errors before the body (401/403/404) still answer in JSON.
     */
    static ResponseEntity<byte[]> text(String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/campaigns/{id:\\d+}/commit")
    @Operation(summary = "Freeze and publish the population, commit to a fresh seed")
    @PreAuthorize(OFFICERS)
    Campaign commit(@PathVariable long id) {
        return committing.commit(currentUser.scope(), id);
    }

    @PostMapping("/campaigns/{id:\\d+}/draw")
    @Operation(summary = "Draw targets and inspectors; the seed becomes public")
    @PreAuthorize(OFFICERS)
    Campaign draw(@PathVariable long id) {
        return drawing.draw(currentUser.scope(), id);
    }

    @PostMapping("/campaigns/{id:\\d+}/publish")
    @Operation(summary = "Publish inspections and findings on the public site")
    @PreAuthorize(OFFICERS)
    Campaign publish(@PathVariable long id) {
        return publishing.publish(currentUser.scope(), id);
    }

    @PostMapping("/campaigns/{id:\\d+}/certificate-audit")
    @Operation(summary = "Certificate spot check: run the verification module's certificate rules over the drawn certificates")
    @PreAuthorize(OFFICERS)
    CertificateReport certificateAudit(@PathVariable long id) {
        return certificates.audit(currentUser.scope(), id);
    }

    @GetMapping("/campaigns/{id:\\d+}/certificate-report")
    @Operation(summary = "Certificate spot check report by defect code and institution")
    @PreAuthorize(OFFICERS)
    CertificateReport certificateReport(@PathVariable long id) {
        return certificates.report(currentUser.scope(), id);
    }

    @GetMapping("/campaigns/{id:\\d+}/tasks")
    @PreAuthorize(OFFICERS)
    List<Task> tasks(@PathVariable long id) {
        List<Task> tasks = queries.tasks(currentUser.scope(), id);
        if (tasks.isEmpty()) {
            // an empty list must mean "a campaign of yours without tasks", not "no such campaign" or "not yours"
            queries.require(currentUser.scope(), id);
        }
        return tasks;
    }

    @GetMapping("/campaigns/{id:\\d+}/findings")
    @PreAuthorize(OFFICERS)
    List<Finding> findings(@PathVariable long id) {
        List<Finding> findings = queries.findings(currentUser.scope(), id);
        if (findings.isEmpty()) {
            queries.require(currentUser.scope(), id);
        }
        return findings;
    }

    @GetMapping("/tasks")
    @Operation(summary = "The caller's own tasks (as a drawn inspector)")
    @PreAuthorize(OFFICERS)
    List<Task> myTasks() {
        return queries.myTasks(currentUser.scope());
    }

    @PostMapping("/tasks/{id:\\d+}/inspection")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the inspection of a task (form per campaign type)")
    @PreAuthorize(OFFICERS)
    Inspection inspect(@PathVariable long id, @RequestBody(required = false) InspectionRequest body) {
        InspectionRequest r = body == null ? new InspectionRequest(null, null, null, null, null, null, null, null, null, null, null) : body;
        return inspecting.record(currentUser.scope(), id, r.toForm());
    }

    @PostMapping("/findings/{id:\\d+}/rectification")
    @Operation(summary = "Order the rectification (责令整改) of a finding within N working days (or by a date)")
    @PreAuthorize(OFFICERS)
    Finding rectification(@PathVariable long id, @RequestBody(required = false) RectificationForm body) {
        return ordering.order(currentUser.scope(), id, body == null
                ? new RectificationOrder(null, null)
                : new RectificationOrder(body.workingDays(), body.deadline()));
    }

    @GetMapping("/rectifications/overdue")
    @Operation(summary = "Open rectification orders past their deadline in the caller's regions, with working days overdue")
    @PreAuthorize(OFFICERS)
    ResultPage<OverdueRectification> overdueRectifications(@RequestParam(required = false) Integer page,
                                                                                 @RequestParam(required = false) Integer size) {
        return queries.overdueRectifications(currentUser.scope(), page, size);
    }

    @PostMapping("/findings/{id:\\d+}/rectified")
    @PreAuthorize(OFFICERS)
    Finding rectified(@PathVariable long id, @RequestBody(required = false) TextForm body) {
        return rectifying.recordRectified(currentUser.scope(), id, body == null ? null : body.text());
    }

    @PostMapping("/findings/{id:\\d+}/case")
    @Operation(summary = "Open a case (立案) on a finding")
    @PreAuthorize(OFFICERS)
    Finding openCase(@PathVariable long id) {
        return opening.open(currentUser.scope(), id);
    }

    @PostMapping("/findings/{id:\\d+}/decision")
    @Operation(summary = "Record the penalty decision of a case")
    @PreAuthorize(OFFICERS)
    Finding decide(@PathVariable long id, @RequestBody(required = false) TextForm body) {
        return deciding.decide(currentUser.scope(), id, body == null ? null : body.text());
    }

    @GetMapping("/statistics")
    @Operation(summary = "Per campaign and region: targets, instruments, findings, cases, pass rate")
    @PreAuthorize(OFFICERS)
    List<CampaignStatistics> statistics(@RequestParam(required = false) Long campaignId) {
        return queries.statistics(currentUser.scope(), campaignId);
    }

    @GetMapping("/statistics/totals")
    @Operation(summary = "Per campaign, summed over its regions: the figures of the annual summary")
    @PreAuthorize(OFFICERS)
    List<CampaignStatistics> statisticsTotals() {
        return queries.statisticsTotals(currentUser.scope());
    }

    @PostMapping("/inspectors/{personId:\\d+}/login")
    @Operation(summary = "Link an officer login to the inspector person it acts for")
    @PreAuthorize(OFFICERS)
    void link(@PathVariable long personId, @RequestBody(required = false) LoginForm body) {
        linking.link(currentUser.scope(), personId, body == null ? null : body.username());
    }
}
