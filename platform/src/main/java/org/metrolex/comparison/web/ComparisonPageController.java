package org.metrolex.comparison.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metrolex.comparison.ClosingResults;
import org.metrolex.comparison.ComparisonQueries;
import org.metrolex.comparison.EnrollingParticipants;
import org.metrolex.comparison.EvaluatingRound;
import org.metrolex.comparison.EvaluationView;
import org.metrolex.comparison.NewRound;
import org.metrolex.comparison.PlanningRound;
import org.metrolex.comparison.PublishingRound;
import org.metrolex.comparison.Round;
import org.metrolex.comparison.RoundDetail;
import org.metrolex.comparison.StartingCirculation;
import org.metrolex.comparison.SubmittingResults;
import org.metrolex.comparison.domain.ResultEntry;
import org.metrolex.identity.CurrentUser;
import org.metrolex.party.PartyManagement;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.web.Confirmation;
import org.metrolex.platform.web.Confirmation.Fact;
import org.metrolex.platform.web.FieldMessages;
import org.metrolex.platform.web.FormInput;
import org.metrolex.platform.web.FormSubmission;
import org.metrolex.platform.web.Forms;
import org.metrolex.platform.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of a comparison round: list, plan form, the round (participants, results, evaluation with its chart), publish. */
@PageController
class ComparisonPageController {

    private static final String OFFICERS = ComparisonApiController.OFFICERS;
    private static final String READERS = ComparisonApiController.READERS;

    private final CurrentUser currentUser;
    private final ComparisonQueries queries;
    private final PlanningRound planning;
    private final EnrollingParticipants enrolling;
    private final StartingCirculation starting;
    private final SubmittingResults submitting;
    private final ClosingResults closing;
    private final EvaluatingRound evaluating;
    private final PublishingRound publishing;
    private final ComparisonCharts charts;
    private final PartyManagement parties;
    private final FieldMessages fields;
    private final FormSubmission submission;
    private final Clock clock;

    ComparisonPageController(CurrentUser currentUser, ComparisonQueries queries, PlanningRound planning, EnrollingParticipants enrolling,
                             StartingCirculation starting, SubmittingResults submitting, ClosingResults closing,
                             EvaluatingRound evaluating, PublishingRound publishing, ComparisonCharts charts, PartyManagement parties,
                             FieldMessages fields, FormSubmission submission, Clock clock) {
        this.currentUser = currentUser;
        this.queries = queries;
        this.planning = planning;
        this.enrolling = enrolling;
        this.starting = starting;
        this.submitting = submitting;
        this.closing = closing;
        this.evaluating = evaluating;
        this.publishing = publishing;
        this.charts = charts;
        this.parties = parties;
        this.fields = fields;
        this.submission = submission;
        this.clock = clock;
    }

    @GetMapping("/comparisons")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) Integer page, Model model) {
        DataScope scope = currentUser.scope();
        model.addAttribute("result", queries.rounds(scope, null, page, 20));
        model.addAttribute("canPlan", scope.role() != Role.INSTITUTION_STAFF);
        return "comparison/list";
    }

    @GetMapping("/comparisons/new")
    @PreAuthorize(OFFICERS)
    String newForm(Model model) {
        LocalDate today = LocalDate.now(clock);
        PlanForm form = Forms.entered(model, PlanForm.class, () -> new PlanForm("", "", "", "", "RING", today.toString(), "5", "2",
                today.plusMonths(2).toString(), "WEIGHTED_MEAN", List.of("EN"), "", "", "", "", ""));
        model.addAttribute("form", form);
        model.addAttribute("institutions", parties.institutionsInScope(currentUser.scope()));
        return "comparison/form";
    }

    @PostMapping("/comparisons/new")
    @PreAuthorize(OFFICERS)
    String create(@RequestParam Map<String, String> params, @RequestParam(required = false) List<String> scoreTypes,
                  RedirectAttributes redirect) {
        FormInput in = fields.read(params);
        List<String> types = scoreTypes == null ? List.of() : scoreTypes;
        PlanForm entered = new PlanForm(in.text("title"), in.text("quantity"), in.text("deviceType"), in.text("pilotInstitutionId"),
                in.text("scheduleKind"), in.text("startDate"), in.text("holdingWorkingDays"), in.text("transportWorkingDays"),
                in.text("resultsDeadline"), in.text("referenceMethod"), types, in.text("sigmaPt"), in.text("point1"),
                in.text("unit1"), in.text("point2"), in.text("unit2"));
        List<NewRound.PointDraft> points = new ArrayList<>();
        if (entered.point1() != null && !entered.point1().isBlank()) {
            points.add(new NewRound.PointDraft(entered.point1(), entered.unit1()));
        }
        if (entered.point2() != null && !entered.point2().isBlank()) {
            points.add(new NewRound.PointDraft(entered.point2(), entered.unit2()));
        }
        BigDecimal sigma = in.decimal("sigmaPt", "comparison.sigmaPt");
        NewRound draft = new NewRound(entered.title(), entered.quantity(), null, entered.deviceType(), null,
                in.choice("pilotInstitutionId", "comparison.pilot"), null, entered.scheduleKind(),
                in.date("startDate", "comparison.startDate"), in.integer("holdingWorkingDays", "comparison.holdingWorkingDays"),
                in.integer("transportWorkingDays", "comparison.transportWorkingDays"),
                in.date("resultsDeadline", "comparison.resultsDeadline"), entered.referenceMethod(), types, null, null,
                sigma == null ? null : "FIXED", sigma, null, points);
        try {
            Round r = submission.run(in, () -> planning.plan(currentUser.scope(), draft));
            return Forms.done(redirect, "/comparisons/" + r.id(), "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, "/comparisons/new", v, entered);
        }
    }

    @GetMapping("/comparisons/{id:\\d+}")
    @PreAuthorize(READERS)
    String detail(@PathVariable long id, Model model, Locale locale) {
        DataScope scope = currentUser.scope();
        RoundDetail round = queries.round(scope, id);
        EvaluationView evaluation = queries.evaluation(scope, id);
        Map<Long, String> svgs = new LinkedHashMap<>();
        for (EvaluationView.PointView p : evaluation.points()) {
            svgs.put(p.point().id(), charts.svg(evaluation, p, locale, "chart-" + p.point().position()));
        }
        model.addAttribute("detail", round);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("charts", svgs);
        model.addAttribute("enrolChoices", round.manager() ? parties.institutionsInScope(DataScope.system("comparison-enrol-choices"))
                .stream().filter(i -> round.participants().stream().noneMatch(p -> i.id() == (p.participant().institutionId() == null
                        ? -1 : p.participant().institutionId()))).toList() : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        return "comparison/round";
    }

    @PostMapping("/comparisons/{id:\\d+}/participants")
    @PreAuthorize(READERS)
    String enrol(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        FormInput in = fields.read(params);
        Long institution = in.choice("institutionId", "comparison.participant");
        return act(id, redirect, () -> submission.run(in, () -> enrolling.enrol(currentUser.scope(), id, institution, null, null)));
    }

    @PostMapping("/comparisons/{id:\\d+}/start")
    @PreAuthorize(READERS)
    String start(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> starting.start(currentUser.scope(), id));
    }

    @PostMapping("/comparisons/{id:\\d+}/results")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    String submit(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        FormInput in = fields.read(params);
        List<ResultEntry> entries = new ArrayList<>();
        for (Round.Point p : queries.round(currentUser.scope(), id).points()) {
            String k = "p" + p.id();
            entries.add(new ResultEntry(p.id(), in.decimal(k + ".value", "comparison.value"),
                    in.decimal(k + ".u", "comparison.expandedUncertainty"), in.decimal(k + ".k", "comparison.coverageFactor")));
        }
        return act(id, redirect, () -> submission.run(in, () -> submitting.submit(currentUser.scope(), id, entries)));
    }

    /** Closing locks every result for good: no submission or correction after it, so the organiser confirms first. */
    @GetMapping("/comparisons/{id:\\d+}/close")
    @PreAuthorize(READERS)
    String confirmClose(@PathVariable long id, Model model) {
        RoundDetail d = queries.round(currentUser.scope(), id);
        String base = "/comparisons/" + id;
        model.addAttribute("confirm", Confirmation.of("comparison.confirm.close.title", "comparison.confirm.close",
                List.of(d.round().title()), List.of(new Fact("comparison.title", d.round().title()),
                        new Fact("comparison.resultsDeadline", d.round().resultsDeadline().toString())),
                base + "/close", Map.of(), "comparison.close", base));
        return "common/confirm";
    }

    @PostMapping("/comparisons/{id:\\d+}/close")
    @PreAuthorize(READERS)
    String close(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/comparisons/" + id + "/close";
        }
        return act(id, redirect, () -> closing.close(currentUser.scope(), id));
    }

    @PostMapping("/comparisons/{id:\\d+}/evaluate")
    @PreAuthorize(READERS)
    String evaluate(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> evaluating.evaluate(currentUser.scope(), id));
    }

    /** Publishing cannot be undone: the participants see the results and the consequences are announced. */
    @GetMapping("/comparisons/{id:\\d+}/publish")
    @PreAuthorize(READERS)
    String confirmPublish(@PathVariable long id, Model model) {
        RoundDetail d = queries.round(currentUser.scope(), id);
        EvaluationView evaluation = queries.evaluation(currentUser.scope(), id);
        String base = "/comparisons/" + id;
        // the consequences by name, before they happen: who will be asked for corrective action, who warned
        List<Fact> facts = new ArrayList<>(List.of(new Fact("comparison.title", d.round().title()),
                new Fact("comparison.pilot", d.pilotName())));
        String unsatisfactory = names(evaluation, "UNSATISFACTORY");
        String questionable = names(evaluation, "QUESTIONABLE");
        if (!unsatisfactory.isEmpty()) {
            facts.add(new Fact("comparison.confirm.unsatisfactory", unsatisfactory));
        }
        if (!questionable.isEmpty()) {
            facts.add(new Fact("comparison.confirm.questionable", questionable));
        }
        model.addAttribute("confirm", Confirmation.of("comparison.confirm.publish.title", "comparison.confirm.publish",
                List.of(d.round().title()), facts, base + "/publish", Map.of(), "comparison.publish", base));
        return "common/confirm";
    }

    @PostMapping("/comparisons/{id:\\d+}/publish")
    @PreAuthorize(READERS)
    String publish(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirm)) {
            return "redirect:/comparisons/" + id + "/publish";
        }
        return act(id, redirect, () -> publishing.publish(currentUser.scope(), id));
    }

    private static String names(EvaluationView evaluation, String performance) {
        return String.join("、", evaluation.points().stream().flatMap(p -> p.rows().stream())
                .filter(r -> performance.equals(r.performance())).map(EvaluationView.Row::who).distinct().toList());
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        String url = "/comparisons/" + id;
        try {
            action.run();
            return Forms.done(redirect, url, "common.saved");
        } catch (RuleViolation v) {
            return Forms.back(redirect, url, v);
        }
    }
}
