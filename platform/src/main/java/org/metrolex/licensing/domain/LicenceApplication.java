package org.metrolex.licensing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.metrolex.calendar.domain.ClockStatus;
import org.metrolex.calendar.domain.StatutoryClock;
import org.metrolex.calendar.domain.StopReason;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.text.EnumNames;

/**
 * A licence application (行政许可申请) as the list of what happened to it, under the procedure
 * version it started with. State changes are business verbs that check the current state and refuse
 * an illegal transition with a bilingual {@link RuleBroken} naming the state; missing reasons name the field.
 *
 * <p><b>Clocks</b> (see docs/adr/0013). Acceptance is counted from submission with the acceptance
 * step's limit (《行政许可法》第三十二条). The overall limit is counted from acceptance to issue
 * (第四十二条, 第四十四条; the seed's 8 and 12 working days are "办结时限"); the time of a request for
 * missing documents (补正), of a suspension (中止) and of the expert assessment step (第四十五条) is
 * excluded. Each step also has its own clock, stopped by the document requests and suspensions inside
 * it. Working days and the stop convention are those of {@link StatutoryClock}.
 */
public final class LicenceApplication {

    private final Procedure procedure;
    private final boolean byCommitment;
    private final List<ApplicationEvent> events = new ArrayList<>();
    private ApplicationStatus status;
    /** The status to return to after a stop (documents or suspension). */
    private ApplicationStatus beforeStop;
    private boolean commitmentCheckPending;
    /** The labels a refusal names a step or state by (the domain reads no bundles). */
    private final EnumNames names;

    private LicenceApplication(Procedure procedure, boolean byCommitment, EnumNames names) {
        this.procedure = procedure;
        this.byCommitment = byCommitment;
        this.names = names;
    }

    /** A new application submitted on {@code on}. */
    public static LicenceApplication submit(Procedure procedure, boolean byCommitment, LocalDate on, String actor,
                                            EnumNames names) {
        if (byCommitment && !procedure.byCommitmentAllowed()) {
            throw RuleBroken.invalid("byCommitment", "allowed", "程序“" + procedure.nameZh() + "”（第 " + procedure.version()
                    + " 版）不允许告知承诺审批", "procedure " + procedure.nameEn() + " (version " + procedure.version()
                    + ") does not allow approval by commitment");
        }
        LicenceApplication a = new LicenceApplication(procedure, byCommitment, names);
        a.apply(ApplicationEvent.of(EventKind.SUBMITTED, on, actor));
        return a;
    }

    /** Rebuilds an application from its stored history. */
    public static LicenceApplication replay(Procedure procedure, boolean byCommitment, List<ApplicationEvent> history,
                                            EnumNames names) {
        LicenceApplication a = new LicenceApplication(procedure, byCommitment, names);
        history.forEach(a::apply);
        return a;
    }

    public Procedure procedure() {
        return procedure;
    }

    public boolean byCommitment() {
        return byCommitment;
    }

    public ApplicationStatus status() {
        return status;
    }

    public boolean commitmentCheckPending() {
        return commitmentCheckPending;
    }

    public List<ApplicationEvent> events() {
        return List.copyOf(events);
    }

    public ApplicationEvent last() {
        return events.get(events.size() - 1);
    }

    /** The step being worked on, also while the clock is stopped inside it; empty once closed. */
    public Optional<StepKind> currentStep() {
        ApplicationStatus s = isStopped() ? beforeStop : status;
        return Optional.ofNullable(s.step());
    }

    public boolean isStopped() {
        return status == ApplicationStatus.AWAITING_DOCUMENTS || status == ApplicationStatus.SUSPENDED;
    }

    // ------------------------------------------------------------------ commands

    public ApplicationEvent accept(LocalDate on, String actor, String lateReason, ClockFactory clocks) {
        require(EventKind.ACCEPTED, ApplicationStatus.SUBMITTED);
        if (byCommitment) {
            throw illegal(EventKind.ACCEPTED, "告知承诺申请须以告知承诺方式当场准予", "an application by commitment is granted at once by commitment");
        }
        return endStep(EventKind.ACCEPTED, on, actor, "", lateReason, clocks);
    }

    public ApplicationEvent notAccept(LocalDate on, String actor, String reason, String lateReason, ClockFactory clocks) {
        require(EventKind.NOT_ACCEPTED, ApplicationStatus.SUBMITTED);
        requireReason(reason);
        return endStep(EventKind.NOT_ACCEPTED, on, actor, reason, lateReason, clocks);
    }

    /**
     * One request listing every missing item at once (一次性告知, 《行政许可法》第三十二条第一款第四项); the
     * clock stops until the applicant answers. A second request in the same step is refused: the law
     * requires all items to be named at once.
     */
    public ApplicationEvent requestDocuments(LocalDate on, String actor, List<String> items) {
        require(EventKind.DOCUMENTS_REQUESTED, ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW);
        List<String> cleaned = items == null ? List.of() : items.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (cleaned.isEmpty()) {
            throw RuleBroken.invalid("items", "required", "须一次性列明全部需要补正的材料", "every missing item must be listed at once");
        }
        if (clocks().stops().stream().anyMatch(s -> s.reason() == StopReason.MISSING_DOCUMENTS && s.step() == status.step())) {
            throw illegal(EventKind.DOCUMENTS_REQUESTED, "本环节已一次性告知过补正材料，不得再次要求补正（行政许可法 第三十二条）",
                    "missing documents were already requested at once in this step; a second request is not allowed (Administrative Licensing Law art. 32)");
        }
        return append(new ApplicationEvent(EventKind.DOCUMENTS_REQUESTED, on, actor, "", cleaned, ""));
    }

    public ApplicationEvent supplyDocuments(LocalDate on, String actor) {
        require(EventKind.DOCUMENTS_SUPPLIED, ApplicationStatus.AWAITING_DOCUMENTS);
        return append(ApplicationEvent.of(EventKind.DOCUMENTS_SUPPLIED, on, actor));
    }

    public ApplicationEvent suspend(LocalDate on, String actor, String reason) {
        require(EventKind.SUSPENDED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.IN_ASSESSMENT, ApplicationStatus.AWAITING_DECISION);
        requireReason(reason);
        return append(new ApplicationEvent(EventKind.SUSPENDED, on, actor, reason, List.of(), ""));
    }

    public ApplicationEvent resume(LocalDate on, String actor) {
        require(EventKind.RESUMED, ApplicationStatus.SUSPENDED);
        return append(ApplicationEvent.of(EventKind.RESUMED, on, actor));
    }

    public ApplicationEvent completeReview(LocalDate on, String actor, String lateReason, ClockFactory clocks) {
        require(EventKind.REVIEW_COMPLETED, ApplicationStatus.UNDER_REVIEW);
        return endStep(EventKind.REVIEW_COMPLETED, on, actor, "", lateReason, clocks);
    }

    public ApplicationEvent completeAssessment(LocalDate on, String actor, String lateReason, ClockFactory clocks) {
        require(EventKind.ASSESSMENT_COMPLETED, ApplicationStatus.IN_ASSESSMENT);
        return endStep(EventKind.ASSESSMENT_COMPLETED, on, actor, "", lateReason, clocks);
    }

    public ApplicationEvent grant(LocalDate on, String actor, String reason, String lateReason, ClockFactory clocks) {
        require(EventKind.GRANTED, ApplicationStatus.AWAITING_DECISION);
        return endStep(EventKind.GRANTED, on, actor, reason, lateReason, clocks);
    }

    public ApplicationEvent refuse(LocalDate on, String actor, String reason, String lateReason, ClockFactory clocks) {
        require(EventKind.REFUSED, ApplicationStatus.AWAITING_DECISION);
        requireReason(reason);
        return endStep(EventKind.REFUSED, on, actor, reason, lateReason, clocks);
    }

    public ApplicationEvent issue(LocalDate on, String actor, String lateReason, ClockFactory clocks) {
        require(EventKind.ISSUED, ApplicationStatus.GRANTED);
        return endStep(EventKind.ISSUED, on, actor, "", lateReason, clocks);
    }

    /** 告知承诺: granted and issued on acceptance; the commitments are checked later. */
    public ApplicationEvent grantByCommitment(LocalDate on, String actor) {
        require(EventKind.GRANTED_BY_COMMITMENT, ApplicationStatus.SUBMITTED);
        if (!byCommitment) {
            throw illegal(EventKind.GRANTED_BY_COMMITMENT, "该申请未选择告知承诺方式", "this application was not made by commitment");
        }
        return append(ApplicationEvent.of(EventKind.GRANTED_BY_COMMITMENT, on, actor));
    }

    public ApplicationEvent confirmCommitment(LocalDate on, String actor) {
        require(EventKind.COMMITMENT_CONFIRMED, ApplicationStatus.ISSUED);
        if (!commitmentCheckPending) {
            throw illegal(EventKind.COMMITMENT_CONFIRMED, "没有待核查的承诺", "there is no commitment check pending");
        }
        return append(ApplicationEvent.of(EventKind.COMMITMENT_CONFIRMED, on, actor));
    }

    /** Revokes the licence, e.g. when the check after approval by commitment finds a commitment untrue. */
    public ApplicationEvent revoke(LocalDate on, String actor, String reason) {
        require(EventKind.REVOKED, ApplicationStatus.ISSUED);
        requireReason(reason);
        return append(new ApplicationEvent(EventKind.REVOKED, on, actor, reason, List.of(), ""));
    }

    // ------------------------------------------------------------------ clocks

    /** The clocks as of {@code today} (closed applications: as of their last event). */
    public Timeline timeline(ClockFactory clocks, LocalDate today) {
        return clocks().timeline(clocks, today);
    }

    /** Whether the application was completed (issued or refused) within the overall limit. */
    public Optional<Boolean> completedOnTime(ClockFactory clocks) {
        return clocks().completedOnTime(clocks);
    }

    /** The day the procedure was completed (办结): issue, refusal, or grant by commitment. */
    public LocalDate completedOn() {
        return events.stream().filter(e -> e.kind() == EventKind.ISSUED || e.kind() == EventKind.REFUSED
                || e.kind() == EventKind.GRANTED_BY_COMMITMENT).map(ApplicationEvent::on).findFirst().orElse(null);
    }

    public Optional<LocalDate> acceptedOn() {
        return events.stream().filter(e -> e.kind() == EventKind.ACCEPTED || e.kind() == EventKind.GRANTED_BY_COMMITMENT)
                .map(ApplicationEvent::on).findFirst();
    }

    private ApplicationClocks clocks() {
        return new ApplicationClocks(procedure, events, status, completedOn(), names);
    }


    // ------------------------------------------------------------------ internals

    /** Ends the current step: a missed deadline (step or overall) needs a reason. */
    private ApplicationEvent endStep(EventKind kind, LocalDate on, String actor, String reason, String lateReason, ClockFactory clocks) {
        requireDate(kind, on);
        ApplicationEvent candidate = new ApplicationEvent(kind, on, actor, reason, List.of(), lateReason);
        Timeline t = timeline(clocks, on);
        StepClock step = t.steps().get(t.steps().size() - 1);
        boolean late = step.status().overdue() || (t.overall() != null && t.overall().overdue());
        if (late && candidate.lateReason().isEmpty()) {
            ClockStatus late1 = step.status().overdue() ? step.status() : t.overall();
            throw RuleBroken.invalid("lateReason", "required-when-late", "期限已于 " + late1.deadline()
                    + " 届满，须说明逾期原因", "the deadline passed on " + late1.deadline() + "; the reason for the delay is required");
        }
        return append(candidate);
    }

    private ApplicationEvent append(ApplicationEvent e) {
        requireDate(e.kind(), e.on());
        apply(e);
        return e;
    }

    private void requireDate(EventKind kind, LocalDate on) {
        if (on == null) {
            throw RuleBroken.invalid("on", "required", "日期必填", "the date is required");
        }
        if (!events.isEmpty() && on.isBefore(last().on())) {
            throw RuleBroken.invalid("on", "not-before-last", "“" + names.zh(kind) + "”的日期 " + on + " 早于上一环节日期 " + last().on(),
                    names.en(kind) + " on " + on + " is before the previous event on " + last().on());
        }
    }

    private void require(EventKind kind, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw illegal(kind, "当前状态“" + names.zh(status) + "”不允许此操作", "not allowed while the application is " + names.en(status).toLowerCase());
    }

    private RuleBroken illegal(EventKind kind, String zh, String en) {
        return new RuleBroken(RuleBroken.Kind.ILLEGAL_STATE, new FieldError("status", "transition", "不能“" + names.zh(kind) + "”：" + zh,
                "cannot do \"" + names.en(kind) + "\": " + en));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleBroken.invalid("reason", "required", "须说明理由", "a reason is required");
        }
    }

    /** Moves the state; events come either from a command (already checked) or from the stored history. */
    private void apply(ApplicationEvent e) {
        switch (e.kind()) {
            case SUBMITTED -> status = ApplicationStatus.SUBMITTED;
            case ACCEPTED -> status = ApplicationStatus.UNDER_REVIEW;
            case NOT_ACCEPTED -> status = ApplicationStatus.NOT_ACCEPTED;
            case DOCUMENTS_REQUESTED -> {
                beforeStop = status;
                status = ApplicationStatus.AWAITING_DOCUMENTS;
            }
            case SUSPENDED -> {
                beforeStop = status;
                status = ApplicationStatus.SUSPENDED;
            }
            case DOCUMENTS_SUPPLIED, RESUMED -> status = beforeStop;
            case REVIEW_COMPLETED -> status = procedure.next(StepKind.REVIEW) == StepKind.ASSESSMENT
                    ? ApplicationStatus.IN_ASSESSMENT : ApplicationStatus.AWAITING_DECISION;
            case ASSESSMENT_COMPLETED -> status = ApplicationStatus.AWAITING_DECISION;
            case GRANTED -> status = ApplicationStatus.GRANTED;
            case REFUSED -> status = ApplicationStatus.REFUSED;
            case ISSUED -> status = ApplicationStatus.ISSUED;
            case GRANTED_BY_COMMITMENT -> {
                status = ApplicationStatus.ISSUED;
                commitmentCheckPending = true;
            }
            case COMMITMENT_CONFIRMED -> commitmentCheckPending = false;
            case REVOKED -> {
                status = ApplicationStatus.REVOKED;
                commitmentCheckPending = false;
            }
        }
        events.add(e);
    }
}
