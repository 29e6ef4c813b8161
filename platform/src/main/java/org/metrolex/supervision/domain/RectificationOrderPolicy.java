package org.metrolex.supervision.domain;

import static org.metrolex.supervision.domain.RectificationPeriod.MAX_WORKING_DAYS;
import static org.metrolex.supervision.domain.RectificationPeriod.MIN_WORKING_DAYS;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of a rectification order (责令整改): a period in working days or a typed deadline, exactly one, within
 * the configured bounds of {@link RectificationPeriod}.
 */
public final class RectificationOrderPolicy {

    private RectificationOrderPolicy() {
    }

    /** The form's rule: one of the two, and a period in working days within the bounds. */
    public static Optional<FormProblem> ofOrder(Integer workingDays, LocalDate typed) {
        if (workingDays != null && typed != null) {
            return problem("workingDays", "oneOf", "整改期限请填写工作日数或日期，只填一项",
                    "give the rectification period either in working days or as a date, not both");
        }
        if (workingDays == null && typed == null) {
            return problem("workingDays", "required", "请填写整改期限（" + MIN_WORKING_DAYS + "至" + MAX_WORKING_DAYS + "个工作日）",
                    "give the rectification period (" + MIN_WORKING_DAYS + " to " + MAX_WORKING_DAYS + " working days)");
        }
        if (workingDays != null && !RectificationPeriod.allowed(workingDays)) {
            return problem("workingDays", "range", "整改期限须为" + MIN_WORKING_DAYS + "至" + MAX_WORKING_DAYS
                    + "个工作日（本系统配置的默认上限）", "the rectification period is " + MIN_WORKING_DAYS + " to " + MAX_WORKING_DAYS
                    + " working days (our configured default limit)");
        }
        return Optional.empty();
    }

    /** A typed deadline lies after the order date. */
    public static Optional<FormProblem> ofTypedDeadline(LocalDate typed, LocalDate orderedOn) {
        return typed.isAfter(orderedOn) ? Optional.empty()
                : problem("deadline", "future", "整改期限须晚于今天", "the rectification deadline must be after today");
    }

    /** A typed deadline falls on working day {@code workingDay} after the order date: within the bounds. */
    public static Optional<FormProblem> ofTypedPeriod(int workingDay) {
        return RectificationPeriod.allowed(workingDay) ? Optional.empty()
                : problem("deadline", "range", "整改期限须在" + MIN_WORKING_DAYS + "至" + MAX_WORKING_DAYS + "个工作日之内，所填日期为第 "
                + workingDay + " 个工作日", "the rectification deadline lies " + MIN_WORKING_DAYS + " to " + MAX_WORKING_DAYS
                + " working days ahead; this date is working day " + workingDay);
    }

    private static Optional<FormProblem> problem(String field, String rule, String zh, String en) {
        return Optional.of(new FormProblem(field, rule, zh, en));
    }
}
