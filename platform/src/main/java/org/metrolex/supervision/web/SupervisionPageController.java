package org.metrolex.supervision.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.metrolex.identity.CurrentUser;
import org.metrolex.identity.DataScope;
import org.metrolex.party.domain.Person;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.web.PageController;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.supervision.Campaign;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.SupervisionManagement;
import org.metrolex.supervision.SupervisionManagement.CampaignDraft;
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

    private final SupervisionManagement supervision;
    private final CurrentUser currentUser;
    private final RegionCatalogue regions;
    private final java.time.Clock clock;

    SupervisionPageController(SupervisionManagement supervision, CurrentUser currentUser, RegionCatalogue regions, java.time.Clock clock) {
        this.supervision = supervision;
        this.currentUser = currentUser;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/supervision/campaigns")
    @PreAuthorize(OFFICERS)
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", supervision.search(currentUser.scope(), null, page, 20));
        model.addAttribute("myTasks", supervision.myTasks(currentUser.scope()));
        return "supervision/campaigns";
    }

    @GetMapping("/supervision/campaigns/new")
    @PreAuthorize(OFFICERS)
    String newForm(Model model) {
        return form(model, new CampaignDraft("", "MARKET_SCALES", "", null, null, "NONE", 2, List.of()), List.of());
    }

    @PostMapping("/supervision/campaigns/new")
    @PreAuthorize(OFFICERS)
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String targetRegionCode, @RequestParam(required = false) String sampleSize,
                  @RequestParam(required = false) String sampleRatio, @RequestParam(required = false) String stratifyBy,
                  @RequestParam(required = false) Integer inspectorsPerTask,
                  @RequestParam(required = false) List<Long> inspectorPool,
                  @RequestParam(required = false) List<Long> targetInstitutions, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        Integer size = parseInt(sampleSize, "sampleSize", errors);
        BigDecimal ratio = null;
        if (sampleRatio != null && !sampleRatio.isBlank()) {
            try {
                ratio = new BigDecimal(sampleRatio.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("sampleRatio", "number", "抽取比例须为数字", "the sample ratio must be a number"));
            }
        }
        CampaignDraft draft = new CampaignDraft(name, type, targetRegionCode, size, ratio, stratifyBy, inspectorsPerTask,
                inspectorPool == null ? List.of() : inspectorPool, targetInstitutions == null ? List.of() : targetInstitutions);
        if (!errors.isEmpty()) {
            return form(model, draft, errors);
        }
        try {
            Campaign c = supervision.create(currentUser.scope(), draft);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/supervision/campaigns/" + c.id();
        } catch (RuleViolation v) {
            return form(model, draft, v.errors());
        }
    }

    private String form(Model model, CampaignDraft draft, List<FieldError> errors) {
        DataScope scope = currentUser.scope();
        List<SpotCheckViews.Option> areas = scope.regionCodes().stream().sorted()
                .map(code -> new SpotCheckViews.Option(code, code + " " + regions.fullName(code))).toList();
        model.addAttribute("draft", draft);
        model.addAttribute("types", List.of(CampaignType.values()));
        model.addAttribute("areas", areas);
        model.addAttribute("inspectors", supervision.inspectorDirectory().stream()
                .sorted(Comparator.comparing(Person::regionCode).thenComparing(Person::id)).toList());
        model.addAttribute("institutions", supervision.institutionChoices(scope));
        model.addAttribute("errors", errors);
        return "supervision/campaignForm";
    }

    @GetMapping("/supervision/campaigns/{id:\\d+}")
    @PreAuthorize(OFFICERS)
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer fpage,
                  Model model) {
        return detail(id, page, fpage, model, List.of());
    }

    private String detail(long id, Model model, List<FieldError> errors) {
        return detail(id, null, null, model, errors);
    }

    private String detail(long id, Integer page, Integer findingsPage, Model model, List<FieldError> errors) {
        DataScope scope = currentUser.scope();
        Campaign c = supervision.require(scope, id);
        // a province campaign draws thousands of targets (the seed: 3,027 eyeglass shops, 617 defective certificates):
        // tasks and findings page by page, the shown tasks' inspections in one read
        ResultPage<Task> tasks = SpotCheckViews.slice(supervision.tasks(scope, id), page);
        Map<Long, Inspection> inspections = supervision.inspections(scope, tasks.items().stream().map(Task::id).toList());
        model.addAttribute("campaign", c);
        model.addAttribute("tasks", tasks);
        model.addAttribute("inspections", inspections);
        model.addAttribute("findings", SpotCheckViews.slice(supervision.findings(scope, id), findingsPage));
        model.addAttribute("statistics", supervision.statistics(scope, id));
        model.addAttribute("certificateReport", c.type().targetsCertificates() ? supervision.certificateReport(scope, id) : null);
        model.addAttribute("manages", scope.coversRegion(c.regionCode()));
        model.addAttribute("regionName", regions.fullName(c.regionCode()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("errors", errors);
        return "supervision/campaign";
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/commit")
    @PreAuthorize(OFFICERS)
    String commit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, () -> supervision.commit(currentUser.scope(), id));
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/draw")
    @PreAuthorize(OFFICERS)
    String draw(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, () -> supervision.draw(currentUser.scope(), id));
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/publish")
    @PreAuthorize(OFFICERS)
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, () -> supervision.publish(currentUser.scope(), id));
    }

    @PostMapping("/supervision/campaigns/{id:\\d+}/certificate-audit")
    @PreAuthorize(OFFICERS)
    String certificateAudit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, () -> supervision.auditCertificates(currentUser.scope(), id));
    }

    @PostMapping("/supervision/findings/{id:\\d+}/rectification")
    @PreAuthorize(OFFICERS)
    String rectification(@PathVariable long id, @RequestParam(required = false) String workingDays,
                         @RequestParam(required = false) String deadline, Model model, RedirectAttributes redirect) {
        long campaign = supervision.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, model, redirect, () -> {
            List<FieldError> errors = new ArrayList<>();
            Integer days = parseInt(workingDays, "workingDays", errors);
            if (!errors.isEmpty()) {
                throw new RuleViolation(400, errors);
            }
            supervision.orderRectification(currentUser.scope(), id,
                    new SupervisionManagement.RectificationOrder(days, parseDate(deadline, "deadline")));
        });
    }

    @GetMapping("/supervision/rectifications/overdue")
    @PreAuthorize(OFFICERS)
    String overdueRectifications(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", supervision.overdueRectifications(currentUser.scope(), page, 50));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/overdueRectifications";
    }

    @PostMapping("/supervision/findings/{id:\\d+}/rectified")
    @PreAuthorize(OFFICERS)
    String rectified(@PathVariable long id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        long campaign = supervision.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, model, redirect, () -> supervision.recordRectified(currentUser.scope(), id, text));
    }

    @PostMapping("/supervision/findings/{id:\\d+}/case")
    @PreAuthorize(OFFICERS)
    String openCase(@PathVariable long id, Model model, RedirectAttributes redirect) {
        long campaign = supervision.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, model, redirect, () -> supervision.openCase(currentUser.scope(), id));
    }

    @PostMapping("/supervision/findings/{id:\\d+}/decision")
    @PreAuthorize(OFFICERS)
    String decide(@PathVariable long id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        long campaign = supervision.requireFinding(currentUser.scope(), id).campaignId();
        return act(campaign, model, redirect, () -> supervision.decide(currentUser.scope(), id, text));
    }

    private String act(long campaignId, Model model, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/supervision/campaigns/" + campaignId;
        } catch (RuleViolation v) {
            if (v.status() == 404) {
                throw v;
            }
            return detail(campaignId, model, v.errors());
        }
    }

    @GetMapping("/supervision/tasks/{id:\\d+}")
    @PreAuthorize(OFFICERS)
    String task(@PathVariable long id, Model model) {
        return task(id, model, List.of(), null);
    }

    private String task(long id, Model model, List<FieldError> errors, Map<String, String> entered) {
        DataScope scope = currentUser.scope();
        Task t = supervision.requireTask(scope, id);
        model.addAttribute("task", t);
        model.addAttribute("campaign", supervision.require(scope, t.campaignId()));
        model.addAttribute("inspection", supervision.inspection(scope, id).orElse(null));
        model.addAttribute("entered", entered == null ? Map.of() : entered);
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("errors", errors);
        return "supervision/task";
    }

    @PostMapping("/supervision/tasks/{id:\\d+}/inspection")
    @PreAuthorize(OFFICERS)
    String inspect(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = null;
        try {
            on = parseDate(params.get("inspectedOn"), "inspectedOn");
        } catch (RuleViolation v) {
            errors.addAll(v.errors());
        }
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
                errors.add(new FieldError("dispensers", "line", "第 " + n + " 行应为“编号, V_J, V_s”",
                        "line " + n + " must be 'number, V_J, V_s'"));
            }
        }
        InspectionForm form = new InspectionForm(on, count(params, "instrumentsChecked", errors), count(params, "instrumentsUnverified", errors),
                count(params, "fraudFound", errors), dispensers, count(params, "publicationsChecked", errors),
                count(params, "illegalUnitUses", errors), bool(params.get("scopeOk")), bool(params.get("standardsOk")),
                bool(params.get("recordsOk")), params.get("notes"));
        if (!errors.isEmpty()) {
            return task(id, model, errors, params);
        }
        try {
            supervision.recordInspection(currentUser.scope(), id, form);
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/supervision/tasks/" + id;
        } catch (RuleViolation v) {
            if (v.status() == 404) {
                throw v;
            }
            return task(id, model, v.errors(), params);
        }
    }

    @GetMapping("/supervision/statistics")
    @PreAuthorize(OFFICERS)
    String statistics(Model model) {
        // one line per campaign (the annual summary's figures); the campaign page breaks them down by county
        model.addAttribute("rows", supervision.statisticsTotals(currentUser.scope()));
        return "supervision/statistics";
    }

    private static Integer parseInt(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "integer", "须为整数", "must be a whole number"));
            return null;
        }
    }

    private static int count(Map<String, String> params, String field, List<FieldError> errors) {
        Integer v = parseInt(params.get(field), field, errors);
        return v == null ? 0 : v;
    }

    private static Boolean bool(String v) {
        return v == null || v.isBlank() ? null : Boolean.valueOf(v);
    }

    private static LocalDate parseDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "date", "日期格式应为 yyyy-MM-dd", "dates are written yyyy-MM-dd");
        }
    }
}
