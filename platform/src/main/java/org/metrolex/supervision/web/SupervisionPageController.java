package org.metrolex.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.web.Confirmation;
import org.metrolex.platform.web.Confirmation.Fact;
import org.metrolex.platform.web.FieldMessages;
import org.metrolex.platform.web.FormInput;
import org.metrolex.platform.web.FormSubmission;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.Campaign;
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
import org.metrolex.supervision.RectificationOrder;
import org.metrolex.supervision.CampaignDraft;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.domain.CampaignType;
import org.metrolex.supervision.domain.DispenserCheck;
import org.metrolex.supervision.domain.InspectionForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officer pages: campaigns (plan, commit, draw, publish), tasks and inspection forms, findings' follow-up, statistics. */
@PageController
class SupervisionPageController {

    private static final String OFFICERS = SupervisionApiController.OFFICERS;

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
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final java.time.Clock clock;
    private final FieldMessages fields;
    private final FormSubmission submission;

    SupervisionPageController(SupervisionQueries queries, PlanningCampaign planning, CommittingPopulation committing, DrawingTargets drawing, PublishingResults publishing, AuditingCertificates certificates, RecordingInspection inspecting, OrderingRectification ordering, RecordingRectification rectifying, OpeningCase opening, DecidingCase deciding, CurrentUser currentUser, RegionCatalogue regions, java.time.Clock clock,
                              FieldMessages fields, FormSubmission submission) {
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
        this.currentUser = currentUser;
        this.regions = regions;
        this.clock = clock;
        this.fields = fields;
        this.submission = submission;
    }

    @GetMapping("/supervision/campaigns")
    @PreAuthorize(OFFICERS)
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.search(currentUser.scope(), null, page, 20));
        model.addAttribute("myTasks", queries.myTasks(currentUser.scope()));
        return "supervision/campaigns";
    }

    @GetMapping("/supervision/campaigns/new")
    @PreAuthorize(OFFICERS)
    String newForm(Model model) {
        return form(model, Forms.entered(model, CampaignDraft.class,
                () -> new CampaignDraft("", "MARKET_SCALES", "", null, null, "NONE", 2, List.of())));
    }

    @PostMapping("/supervision/campaigns/new")
    @PreAuthorize(OFFICERS)
    String create(@RequestParam Map<String, String> params, @RequestParam(required = false) List<Long> inspectorPool,
                  @RequestParam(required = false) List<Long> targetInstitutions, RedirectAttributes redirect) {
        FormInput in = fields.read(params);
        CampaignDraft draft = new CampaignDraft(in.text("name"), in.text("type"), in.text("targetRegionCode"),
                in.integer("sampleSize", "supervision.sampleSize"), in.decimal("sampleRatio", "supervision.sampleRatio"),
                in.text("stratifyBy"), in.integer("inspectorsPerTask", "supervision.inspectorsPerTask"),
                inspectorPool == null ? List.of() : inspectorPool, targetInstitutions == null ? List.of() : targetInstitutions);
        try {
            Campaign c = submission.run(in, () -> planning.plan(currentUser.scope(), draft));
            return Forms.done(redirect, "/supervision/campaigns/" + c.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/supervision/campaigns/new", v, draft);
        }
    }

    private String form(Model model, CampaignDraft draft) {
        DataScope scope = currentUser.scope();
        List<SpotCheckViews.Option> areas = scope.regionCodes().stream().sorted()
                .map(code -> new SpotCheckViews.Option(code, code + " " + regions.fullName(code))).toList();
        model.addAttribute("draft", draft);
        model.addAttribute("types", List.of(CampaignType.values()));
        model.addAttribute("areas", areas);
        model.addAttribute("inspectors", queries.inspectorDirectory().stream()
                .sorted(Comparator.comparing(Person::regionCode).thenComparing(Person::id)).toList());
        model.addAttribute("institutions", queries.institutionChoices(scope));
        return "supervision/campaignForm";
    }

    @GetMapping("/supervision/campaigns/{id:\\d+}")
    @PreAuthorize(OFFICERS)
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer fpage,
                  Model model) {
        Integer findingsPage = fpage;
        DataScope scope = currentUser.scope();
        Campaign c = queries.require(scope, id);
        // a province campaign draws thousands of targets (the seed: 3,027 eyeglass shops, 617 defective certificates):
        // tasks and findings page by page, the shown tasks' inspections in one read
        ResultPage<Task> tasks = SpotCheckViews.slice(queries.tasks(scope, id), page);
        Map<Long, Inspection> inspections = queries.inspections(scope, tasks.items().stream().map(Task::id).toList());
        model.addAttribute("campaign", c);
        model.addAttribute("tasks", tasks);
        model.addAttribute("inspections", inspections);
        model.addAttribute("findings", SpotCheckViews.slice(queries.findings(scope, id), findingsPage));
        model.addAttribute("statistics", queries.statistics(scope, id));
        model.addAttribute("certificateReport", c.type().targetsCertificates() ? certificates.report(scope, id) : null);
        model.addAttribute("manages", scope.coversRegion(c.regionCode()));
        model.addAttribute("regionName", regions.fullName(c.regionCode()));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/campaign";
    }

    /**
     * Committing, drawing and publishing cannot be undone (the commitment and the draw are public and
     * re-checkable by anyone): each is asked for on a page that says so, and done by that page's POST.
     */
    @GetMapping("/supervision/campaigns/{id:\\d+}/commit")
    @PreAuthorize(OFFICERS)
    String confirmCommit(@PathVariable long id, Model model) {
        return confirmStep(id, "commit", model);
    }

    @GetMapping("/supervision/campaigns/{id:\\d+}/draw")
    @PreAuthorize(OFFICERS)
    String confirmDraw(@PathVariable long id, Model model) {
        return confirmStep(id, "draw", model);
    }

    @GetMapping("/supervision/campaigns/{id:\\d+}/publish")
    @PreAuthorize(OFFICERS)
    String confirmPublish(@PathVariable long id, Model model) {
        return confirmStep(id, "publish", model);
    }

    private String confirmStep(long id, String step, Model model) {
        Campaign c = queries.require(currentUser.scope(), id);
        String base = "/supervision/campaigns/" + id;
        model.addAttribute("confirm", Confirmation.of("supervision.confirm." + step + ".title", "supervision.confirm." + step,
                List.of(c.name()), List.of(new Fact("supervision.name", c.name()), new Fact("supervision.reference", c.reference()),
                        new Fact("supervision.targetRegion", regions.fullName(c.regionCode()))),
                base + "/" + step, Map.of(), "supervision." + step, base));
        return "common/confirm";
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/commit")
    @PreAuthorize(OFFICERS)
    String commit(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/supervision/campaigns/" + id + "/commit";
        }
        return act(id, null, redirect, () -> committing.commit(currentUser.scope(), id));
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/draw")
    @PreAuthorize(OFFICERS)
    String draw(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/supervision/campaigns/" + id + "/draw";
        }
        return act(id, null, redirect, () -> drawing.draw(currentUser.scope(), id));
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/publish")
    @PreAuthorize(OFFICERS)
    String publish(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/supervision/campaigns/" + id + "/publish";
        }
        return act(id, null, redirect, () -> publishing.publish(currentUser.scope(), id));
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/certificate-audit")
    @PreAuthorize(OFFICERS)
    String certificateAudit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, () -> certificates.audit(currentUser.scope(), id));
    }

    @PostMapping("/supervision/findings/{id:\\d+}/rectification")
    @PreAuthorize(OFFICERS)
    String rectification(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        long campaign = queries.requireFinding(currentUser.scope(), id).campaignId();
        FormInput in = fields.read(params);
        var order = new RectificationOrder(in.integer("workingDays", "supervision.workingDays"),
                in.date("deadline", "supervision.deadline"));
        return act(campaign, "finding-" + id, redirect,
                () -> submission.run(in, () -> ordering.order(currentUser.scope(), id, order)));
    }

    @GetMapping("/supervision/rectifications/overdue")
    @PreAuthorize(OFFICERS)
    String overdueRectifications(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", queries.overdueRectifications(currentUser.scope(), page, 50));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/overdueRectifications";
    }

    @PostMapping("/supervision/findings/{id:\\d+}/rectified")
    @PreAuthorize(OFFICERS)
    String rectified(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        long campaign = queries.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, "finding-" + id, redirect, () -> rectifying.recordRectified(currentUser.scope(), id, text));
    }

    /** Opening a case starts administrative penalty proceedings under a case number: asked for on its own page. */
    @GetMapping("/supervision/findings/{id:\\d+}/case")
    @PreAuthorize(OFFICERS)
    String confirmCase(@PathVariable long id, Model model) {
        var f = queries.requireFinding(currentUser.scope(), id);
        String campaign = "/supervision/campaigns/" + f.campaignId();
        model.addAttribute("confirm", Confirmation.of("supervision.confirm.case.title", "supervision.confirm.case",
                List.of(f.targetName()), List.of(new Fact("supervision.target", f.targetName()),
                        new Fact("supervision.description", f.description())),
                "/supervision/findings/" + id + "/case", Map.of(), "supervision.openCase", campaign));
        return "common/confirm";
    }

    @PostMapping("/supervision/findings/{id:\\d+}/case")
    @PreAuthorize(OFFICERS)
    String openCase(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/supervision/findings/" + id + "/case";
        }
        long campaign = queries.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, "finding-" + id, redirect, () -> opening.open(currentUser.scope(), id));
    }

    @PostMapping("/supervision/findings/{id:\\d+}/decision")
    @PreAuthorize(OFFICERS)
    String decide(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        long campaign = queries.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, "finding-" + id, redirect, () -> deciding.decide(currentUser.scope(), id, text));
    }

    /** An action on the campaign page; {@code form} names the finding's form the errors belong to (null: the campaign's buttons). */
    private String act(long campaignId, String form, RedirectAttributes redirect, Runnable action) {
        String url = "/supervision/campaigns/" + campaignId;
        try {
            action.run();
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, form, v, null);
        }
    }

    @GetMapping("/supervision/tasks/{id:\\d+}")
    @PreAuthorize(OFFICERS)
    @SuppressWarnings("unchecked")
    String task(@PathVariable long id, Model model) {
        DataScope scope = currentUser.scope();
        Map<String, String> entered = Forms.entered(model, Map.class, Map::of);
        Task t = queries.requireTask(scope, id);
        model.addAttribute("task", t);
        model.addAttribute("campaign", queries.require(scope, t.campaignId()));
        model.addAttribute("inspection", queries.inspection(scope, id).orElse(null));
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(clock).toString());
        return "supervision/task";
    }

    @PostMapping("/supervision/tasks/{id:\\d+}/inspection")
    @PreAuthorize(OFFICERS)
    String inspect(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        FormInput in = fields.read(params);
        LocalDate on = in.date("inspectedOn", "supervision.inspectedOn");
        List<DispenserCheck> dispensers = new ArrayList<>();
        String lines = params.getOrDefault("dispensers", "");
        int n = 0;
        for (String line : lines.split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("[,，\\s]+");
            try {
                dispensers.add(new DispenserCheck(f[0].strip(), new BigDecimal(f[1].strip()), new BigDecimal(f[2].strip())));
            } catch (RuntimeException e) {
                in.reject(fields.error("dispensers", "supervision.field.dispensers", "line", n, "1, 20.05, 20.00"));
            }
        }
        InspectionForm form = new InspectionForm(on, count(in, "instrumentsChecked"), count(in, "instrumentsUnverified"),
                count(in, "fraudFound"), dispensers, count(in, "publicationsChecked"),
                count(in, "illegalUnitUses"), bool(params.get("scopeOk")), bool(params.get("standardsOk")),
                bool(params.get("recordsOk")), params.get("notes"));
        String url = "/supervision/tasks/" + id;
        try {
            submission.run(in, () -> inspecting.record(currentUser.scope(), id, form));
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, v, new java.util.HashMap<>(params));
        }
    }

    @GetMapping("/supervision/statistics")
    @PreAuthorize(OFFICERS)
    String statistics(Model model) {
        // one line per campaign (the annual summary's figures); the campaign page breaks them down by county
        model.addAttribute("rows", queries.statisticsTotals(currentUser.scope()));
        return "supervision/statistics";
    }

    private static int count(FormInput in, String field) {
        Integer v = in.integer(field, "supervision.form." + field);
        return v == null ? 0 : v;
    }

    private static Boolean bool(String v) {
        return v == null || v.isBlank() ? null : Boolean.valueOf(v);
    }
}
