package org.metrolex.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.audit.AuditTrail;
import org.metrolex.calendar.CalendarManagement;
import org.metrolex.calendar.DeadlineChange;
import org.metrolex.calendar.DeadlineHolder;
import org.metrolex.calendar.HolidayNoticePublished;
import org.metrolex.calendar.domain.ClockStatus;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.calendar.domain.StatutoryClock;
import org.metrolex.licensing.domain.ApplicationEvent;
import org.metrolex.licensing.domain.ClockFactory;
import org.metrolex.licensing.domain.CommitmentCheck;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.StepClock;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.domain.Timeline;
import org.metrolex.licensing.persistence.LicenceApplications;
import org.metrolex.licensing.persistence.LicenceProcedures;
import org.metrolex.licensing.persistence.Licences;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.text.Labels;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licensing's deadlines counted in working days, under a new holiday notice. The statutory clocks of open
 * applications are not stored: they are replayed from each application's history of stops (《行政许可法》第四十二条,
 * 第四十五条) with whatever calendar is in use, so a notice moves them by itself; what is recorded here is the
 * change officers must know of (the deadline shown yesterday and today's). The due date of the check after approval
 * by commitment is stored (the grant day plus the procedure's working days): it is recomputed and audited.
 */
@Component
class LicensingDeadlines implements DeadlineHolder {

    static final String APPLICATION = "LICENCE_APPLICATION";
    static final String COMMITMENT_CHECK = "COMMITMENT_CHECK";

    private final LicenceApplications applications;
    private final LicenceProcedures procedures;
    private final Licences licences;
    private final CalendarManagement calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final Labels labels;

    LicensingDeadlines(LicenceApplications applications, LicenceProcedures procedures, Licences licences,
                       CalendarManagement calendar, AuditTrail audit, Clock clock, Labels labels) {
        this.labels = labels;
        this.applications = applications;
        this.procedures = procedures;
        this.licences = licences;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineChange> changes(HolidayCalendar before, HolidayCalendar after) {
        List<DeadlineChange> out = new ArrayList<>(clockChanges(before, after));
        out.addAll(commitmentCheckChanges(before, after));
        return out;
    }

    /**
     * Recomputes under the notice just published, in its transaction. Clocks need no write (they are replayed); a
     * commitment check's due date is moved and audited. Every change is recorded once per notice, so a second
     * delivery of the same event finds the due dates already moved and records nothing new.
     */
    @EventListener
    @Transactional
    public void on(HolidayNoticePublished notice) {
        HolidayCalendar before = calendar.calendarBefore(notice.noticeId());
        HolidayCalendar after = calendar.calendarThrough(notice.noticeId());
        LocalDate today = LocalDate.now(clock);
        for (DeadlineChange c : changes(before, after)) {
            if (c.kind().equals(COMMITMENT_CHECK)) {
                licences.moveCommitmentCheckDue(c.recordId(), c.newDeadline(), today);
                audit.record("licence.commitment-check-due.recomputed", "licence", c.recordId(),
                        Map.of("due", c.oldDeadline().toString(), "provisional", c.oldProvisional()),
                        Map.of("due", c.newDeadline().toString(), "provisional", c.newProvisional(),
                                "holidayNotice", notice.year() + " v" + notice.version()));
            }
            calendar.recordRevision(notice.noticeId(), c);
        }
    }

    /** The overall clock and the current step's clock of every open application, before and after. */
    private List<DeadlineChange> clockChanges(HolidayCalendar before, HolidayCalendar after) {
        LocalDate today = LocalDate.now(clock);
        List<Dossier> open = applications.findOpen(system());
        Map<Long, List<ApplicationEvent>> histories = applications.historiesOf(open.stream().map(Dossier::id).toList());
        Map<Long, StoredProcedure> cache = new LinkedHashMap<>();
        ClockFactory old = clocks(before);
        ClockFactory next = clocks(after);
        List<DeadlineChange> out = new ArrayList<>();
        for (Dossier d : open) {
            StoredProcedure sp = cache.computeIfAbsent(d.procedureId(), id -> procedures.versionById(id).orElseThrow());
            LicenceApplication app = LicenceApplication.replay(sp.procedure(), d.byCommitment(), histories.get(d.id()), labels);
            Timeline was = app.timeline(old, today);
            Timeline is = app.timeline(next, today);
            String label = d.referenceNo() + " " + d.applicantName() + "：" + d.subject();
            String href = "/licensing/applications/" + d.id();
            if (was.overall() != null && is.overall() != null) {
                compare(out, d, "OVERALL", label, href, was.overall(), is.overall());
            }
            StepClock wasStep = current(was);
            StepClock isStep = current(is);
            if (wasStep != null && isStep != null) {
                compare(out, d, isStep.step().kind().name(), label, href, wasStep.status(), isStep.status());
            }
        }
        return out;
    }

    private static void compare(List<DeadlineChange> out, Dossier d, String clockName, String label, String href,
                                ClockStatus was, ClockStatus is) {
        if (!was.deadline().equals(is.deadline()) || was.provisional() != is.provisional()) {
            out.add(new DeadlineChange(APPLICATION, d.id(), clockName, label, href, d.regionCode(), was.deadline(), is.deadline(),
                    was.provisional(), is.provisional()));
        }
    }

    private static StepClock current(Timeline t) {
        return t.steps().isEmpty() || !t.steps().get(t.steps().size() - 1).current() ? null : t.steps().get(t.steps().size() - 1);
    }

    /** Open checks after approval by commitment: due the procedure's working days after the grant. */
    private List<DeadlineChange> commitmentCheckChanges(HolidayCalendar before, HolidayCalendar after) {
        List<DeadlineChange> out = new ArrayList<>();
        DataScope system = system();
        for (CommitmentCheck c : licences.findAllOpenCommitmentChecks(system)) {
            Dossier d = applications.find(system, c.applicationId()).orElse(null);
            if (d == null) {
                continue;
            }
            int days = procedures.versionById(d.procedureId()).orElseThrow().procedure().commitmentCheckDays();
            Deadline due = after.addWorkingDays(c.grantedOn(), days);
            boolean wasProvisional = before.anyUnknown(c.grantedOn(), c.due());
            if (!due.date().equals(c.due()) || due.provisional() != wasProvisional) {
                out.add(new DeadlineChange(COMMITMENT_CHECK, c.licenceId(), "", c.number() + " " + c.holderName() + "：" + c.subject(),
                        "/licensing/applications/" + c.applicationId(), c.regionCode(), c.due(), due.date(), wasProvisional,
                        due.provisional()));
            }
        }
        return out;
    }

    private static ClockFactory clocks(HolidayCalendar calendar) {
        return (start, limitDays) -> StatutoryClock.start(calendar, start, limitDays);
    }

    private DataScope system() {
        return DataScope.system("holiday-notice");
    }
}
