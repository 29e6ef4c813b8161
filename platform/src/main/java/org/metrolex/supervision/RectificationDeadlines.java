package org.metrolex.supervision;

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
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.supervision.persistence.Findings;
import org.metrolex.supervision.persistence.Findings.OverdueRow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification deadlines (责令整改期限, ADR 0016) under a new holiday notice. A period ordered in working days is
 * counted again from its stored order date and number of days (the order date never counts, ADR 0006); a deadline
 * typed as a date keeps its date and only loses its provisional mark once every day up to it is known. The stored
 * deadline is what officers and the target were told, so it is compared with the new one, not with a recount under
 * the former calendar.
 */
@Component
class RectificationDeadlines implements DeadlineHolder {

    static final String KIND = "RECTIFICATION";

    private final Findings findings;
    private final CalendarManagement calendar;
    private final AuditTrail audit;
    private final Clock clock;

    RectificationDeadlines(Findings findings, CalendarManagement calendar, AuditTrail audit, Clock clock) {
        this.findings = findings;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every region: a notice moves deadlines province-wide, whoever published it. */
    private DataScope system() {
        return DataScope.system("holiday-notice");
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlineChange> changes(HolidayCalendar before, HolidayCalendar after) {
        List<DeadlineChange> out = new ArrayList<>();
        for (OverdueRow row : findings.findOpenRectifications(system())) {
            change(row, after).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<DeadlineChange> change(OverdueRow row, HolidayCalendar after) {
        Finding f = row.finding();
        LocalDate orderedOn = f.rectificationOrderedOn();
        LocalDate deadline;
        boolean provisional;
        if (f.rectificationWorkingDays() != null) {
            Deadline d = after.addWorkingDays(orderedOn, f.rectificationWorkingDays());
            deadline = d.date();
            provisional = d.provisional();
        } else {
            deadline = f.rectificationDeadline();
            provisional = after.anyUnknown(orderedOn, deadline);
        }
        if (deadline.equals(f.rectificationDeadline()) && provisional == f.rectificationDeadlineProvisional()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DeadlineChange(KIND, f.id(), "", row.campaignReference() + " " + f.targetName(),
                "/supervision/campaigns/" + f.campaignId(), f.targetRegionCode(), f.rectificationDeadline(), deadline,
                f.rectificationDeadlineProvisional(), provisional));
    }

    /**
     * Recomputes under the notice just published, in its transaction: each changed deadline is stored, audited and
     * recorded for the officers. A second delivery of the same event finds the deadlines already recomputed.
     */
    @EventListener
    @Transactional
    public void on(HolidayNoticePublished notice) {
        HolidayCalendar after = calendar.calendarThrough(notice.noticeId());
        LocalDate today = LocalDate.now(clock);
        for (OverdueRow row : findings.findOpenRectifications(system())) {
            DeadlineChange c = change(row, after).orElse(null);
            if (c == null) {
                continue;
            }
            Finding f = row.finding();
            if (!findings.recomputeRectificationDeadline(f.id(), f.version(), c.newDeadline(), c.newProvisional(), today)) {
                throw new RuleViolation(409, List.of(new org.metrolex.platform.problem.Problem.FieldError("version",
                        "concurrent-change", "整改记录正被他人修改，请稍后重新发布通知",
                        "a rectification was being changed by someone else; publish the notice again")));
            }
            audit.record("supervision.finding.rectification-deadline-recomputed", "supervision_finding", f.id(),
                    deadlineView(c.oldDeadline(), c.oldProvisional(), null),
                    deadlineView(c.newDeadline(), c.newProvisional(), notice.year() + " v" + notice.version()));
            calendar.recordRevision(notice.noticeId(), c);
        }
    }

    private static Map<String, Object> deadlineView(LocalDate deadline, boolean provisional, String notice) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rectificationDeadline", deadline.toString());
        v.put("provisional", provisional);
        if (notice != null) {
            v.put("holidayNotice", notice);
        }
        return v;
    }
}
