package org.metrolex.comparison.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metrolex.comparison.ClosingResults;
import org.metrolex.comparison.ComparisonQueries;
import org.metrolex.comparison.EnrollingParticipants;
import org.metrolex.comparison.EvaluatingRound;
import org.metrolex.comparison.EvaluationView;
import org.metrolex.comparison.PublishingRound;
import org.metrolex.comparison.NationalParticipation;
import org.metrolex.comparison.NewRound;
import org.metrolex.comparison.Participant;
import org.metrolex.comparison.PlanningRound;
import org.metrolex.comparison.RecordingHandover;
import org.metrolex.comparison.RecordingNationalParticipation;
import org.metrolex.comparison.RecordingStabilityCheck;
import org.metrolex.comparison.Round;
import org.metrolex.comparison.RoundDetail;
import org.metrolex.comparison.StabilityCheck;
import org.metrolex.comparison.StartingCirculation;
import org.metrolex.comparison.SubmittingResults;
import org.metrolex.comparison.domain.CirculationSchedule;
import org.metrolex.comparison.domain.ResultEntry;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.identity.CurrentUser;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Comparison rounds over REST: plan, enrol, start, hand-overs, stability checks, results (blind), close; national participations. */
@RestController
@Tag(name = "comparison", description = "计量比对 / comparison rounds")
class ComparisonApiController {

    static final String OFFICERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER')";
    static final String READERS = "hasAnyRole('PROVINCE_ADMIN','CITY_OFFICER','COUNTY_OFFICER','INSTITUTION_STAFF')";

    private final CurrentUser currentUser;
    private final ComparisonQueries queries;
    private final PlanningRound planning;
    private final EnrollingParticipants enrolling;
    private final StartingCirculation starting;
    private final RecordingHandover handovers;
    private final RecordingStabilityCheck stability;
    private final SubmittingResults submitting;
    private final ClosingResults closing;
    private final RecordingNationalParticipation national;
    private final EvaluatingRound evaluating;
    private final PublishingRound publishing;
    private final ComparisonCharts charts;

    ComparisonApiController(CurrentUser currentUser, ComparisonQueries queries, PlanningRound planning, EnrollingParticipants enrolling,
                            StartingCirculation starting, RecordingHandover handovers, RecordingStabilityCheck stability,
                            SubmittingResults submitting, ClosingResults closing, RecordingNationalParticipation national,
                            EvaluatingRound evaluating, PublishingRound publishing, ComparisonCharts charts) {
        this.evaluating = evaluating;
        this.publishing = publishing;
        this.charts = charts;
        this.currentUser = currentUser;
        this.queries = queries;
        this.planning = planning;
        this.enrolling = enrolling;
        this.starting = starting;
        this.handovers = handovers;
        this.stability = stability;
        this.submitting = submitting;
        this.closing = closing;
        this.national = national;
    }

    record EnrolForm(Long institutionId, String name, String contact) {
    }

    record HandoverForm(Long participantId, String kind, LocalDate onDate, String condition, String note) {
    }

    record StabilityForm(Long pointId, LocalDate onDate, BigDecimal value, BigDecimal expandedUncertainty,
                         BigDecimal coverageFactor, String note) {
    }

    record ResultsForm(List<ResultEntry> results) {
    }

    record NationalForm(Integer year, String organiser, String project, Long institutionId, String result, String note) {
    }

    @GetMapping("/api/comparisons")
    @Operation(summary = "Rounds in the caller's scope (officers by organising region, institutions as pilot or participant)")
    @PreAuthorize(READERS)
    ResultPage<ComparisonQueries.RoundItem> rounds(@RequestParam(required = false) RoundStatus status,
                                                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.rounds(currentUser.scope(), status, page, size);
    }

    @PostMapping("/api/comparisons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a round; the pilot is enrolled as first participant")
    @PreAuthorize(OFFICERS)
    Round plan(@RequestBody NewRound round) {
        return planning.plan(currentUser.scope(), round);
    }

    @GetMapping("/api/comparisons/{id:\\d+}")
    @Operation(summary = "A round with its participants, lateness, hand-overs and the results the caller may see (blind until closed)")
    @PreAuthorize(READERS)
    RoundDetail round(@PathVariable long id) {
        return queries.round(currentUser.scope(), id);
    }

    @PostMapping("/api/comparisons/{id:\\d+}/participants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol an institution of the registry, or invite a laboratory by name (organiser or pilot, while planned)")
    @PreAuthorize(READERS)
    Participant enrol(@PathVariable long id, @RequestBody EnrolForm form) {
        return enrolling.enrol(currentUser.scope(), id, form.institutionId(), form.name(), form.contact());
    }

    @PostMapping("/api/comparisons/{id:\\d+}/participants/{participantId:\\d+}/withdraw")
    @Operation(summary = "Withdraw a participant (organiser or pilot, while planned)")
    @PreAuthorize(READERS)
    Map<String, Object> withdraw(@PathVariable long id, @PathVariable long participantId) {
        enrolling.withdraw(currentUser.scope(), id, participantId);
        return Map.of("withdrawn", participantId);
    }

    @PostMapping("/api/comparisons/{id:\\d+}/start")
    @Operation(summary = "Start the circulation: fix the schedule in working days and draw the laboratory codes")
    @PreAuthorize(READERS)
    CirculationSchedule start(@PathVariable long id) {
        return starting.start(currentUser.scope(), id);
    }

    @PostMapping("/api/comparisons/{id:\\d+}/handovers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a hand-over (SENT or RECEIVED) with the artefact's condition")
    @PreAuthorize(READERS)
    Map<String, Object> handover(@PathVariable long id, @RequestBody HandoverForm form) {
        handovers.record(currentUser.scope(), id, form.participantId() == null ? -1 : form.participantId(), form.kind(),
                form.onDate(), form.condition(), form.note());
        return Map.of("recorded", true);
    }

    @PostMapping("/api/comparisons/{id:\\d+}/stability-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a stability check of the artefact (pilot or organiser)")
    @PreAuthorize(READERS)
    StabilityCheck stabilityCheck(@PathVariable long id, @RequestBody StabilityForm form) {
        return stability.record(currentUser.scope(), id, new StabilityCheck(0, form.pointId() == null ? -1 : form.pointId(),
                form.onDate(), form.value(), form.expandedUncertainty(), form.coverageFactor(), form.note()));
    }

    @PostMapping("/api/comparisons/{id:\\d+}/results")
    @Operation(summary = "Submit the caller's results for every point (value, U, k); locked after the deadline (409)")
    @PreAuthorize("hasRole('INSTITUTION_STAFF')")
    Map<String, Object> submit(@PathVariable long id, @RequestBody ResultsForm form) {
        submitting.submit(currentUser.scope(), id, form.results());
        return Map.of("submitted", form.results() == null ? 0 : form.results().size());
    }

    @PostMapping("/api/comparisons/{id:\\d+}/close")
    @Operation(summary = "Close the results (after the deadline, or once all are in)")
    @PreAuthorize(READERS)
    Map<String, Object> close(@PathVariable long id) {
        closing.close(currentUser.scope(), id);
        return Map.of("closed", id);
    }

    @PostMapping("/api/comparisons/{id:\\d+}/evaluate")
    @Operation(summary = "Evaluate every point (reference value, consistency, scores) with the criteria in force; again until published")
    @PreAuthorize(READERS)
    EvaluationView evaluate(@PathVariable long id) {
        evaluating.evaluate(currentUser.scope(), id);
        return queries.evaluation(currentUser.scope(), id);
    }

    @PostMapping("/api/comparisons/{id:\\d+}/publish")
    @Operation(summary = "Publish the evaluated round (irreversible); announces unsatisfactory and questionable results")
    @PreAuthorize(READERS)
    PublishingRound.Published publish(@PathVariable long id) {
        return publishing.publish(currentUser.scope(), id);
    }

    @GetMapping("/api/comparisons/{id:\\d+}/evaluation")
    @Operation(summary = "The evaluation: organiser and pilot see names; participants, after publication, lab codes of the others")
    @PreAuthorize(READERS)
    EvaluationView evaluation(@PathVariable long id) {
        return queries.evaluation(currentUser.scope(), id);
    }

    @GetMapping("/api/comparisons/{id:\\d+}/chart.svg")
    @Operation(summary = "The comparison chart of one point (position from 1) as SVG: values ±U, reference value and its band")
    @PreAuthorize(READERS)
    ResponseEntity<String> chart(@PathVariable long id, @RequestParam(defaultValue = "1") int point, Locale locale) {
        EvaluationView view = queries.evaluation(currentUser.scope(), id);
        return view.points().stream().filter(p -> p.point().position() == point).findFirst()
                .map(p -> ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                        .body(charts.svg(view, p, locale, "chart")))
                .orElseThrow(() -> RuleViolation.notFound("比对评价图/comparison chart", id));
    }

    @GetMapping("/api/national-comparisons")
    @Operation(summary = "Participations in national comparisons (officers by region, an institution its own)")
    @PreAuthorize(READERS)
    List<NationalParticipation> nationalComparisons(@RequestParam(required = false) Integer year) {
        return queries.national(currentUser.scope(), year);
    }

    @PostMapping("/api/national-comparisons")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an institution's participation in a national comparison")
    @PreAuthorize(OFFICERS)
    Map<String, Object> recordNational(@RequestBody NationalForm form) {
        return Map.of("id", national.record(currentUser.scope(), form.year(), form.organiser(), form.project(), form.institutionId(),
                form.result(), form.note()));
    }
}
