package org.metrolex.verification.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an instrument is next due for verification, and until when its certificate is valid.
 *
 * <p><b>Due date</b> = verification date + interval in months, by {@link LocalDate#plusMonths}: when the
 * target month is shorter the day is clamped to its last day (2026-01-31 + 1 month = 2026-02-28;
 * 2024-02-29 + 12 months = 2025-02-28). Instruments under "initial verification only, then fixed service
 * life" (只作首次强制检定、限期使用、到期轮换) have no due date.
 *
 * <p><b>Validity</b> is shown as "valid until due date − 1 day" (有效期至 = 检定日期 + 检定周期 − 1 日):
 * the interval is a duration that starts on the verification day, so the day counted last is the day
 * before the anniversary — e.g. verified 2026-05-20 with a 12-month interval, 有效期至 2027-05-19, due
 * 2027-05-20. This is the common practice on verification certificates issued in China; a regulation
 * clause prescribing it was not verified (JJF 1069 / JJF 1071 not checked). The instrument is
 * <em>overdue</em> from the due date on.
 */
public final class NextDue {

    /** Longest interval accepted: ten years; a longer one is a data error. */
    static final int MAX_INTERVAL_MONTHS = 120;

    private final LocalDate verificationDate;
    private final LocalDate dueDate;

    private NextDue(LocalDate verificationDate, LocalDate dueDate) {
        this.verificationDate = verificationDate;
        this.dueDate = dueDate;
    }

    public static NextDue periodic(LocalDate verificationDate, int intervalMonths) {
        Objects.requireNonNull(verificationDate, "verificationDate");
        if (intervalMonths < 1 || intervalMonths > MAX_INTERVAL_MONTHS) {
            throw new IllegalArgumentException("intervalMonths " + intervalMonths + " must be 1–" + MAX_INTERVAL_MONTHS
                    + " / 检定周期须为1至" + MAX_INTERVAL_MONTHS + "个月");
        }
        return new NextDue(verificationDate, verificationDate.plusMonths(intervalMonths));
    }

    public static NextDue initialOnly(LocalDate verificationDate) {
        return new NextDue(Objects.requireNonNull(verificationDate, "verificationDate"), null);
    }

    /** @param intervalMonths null for initial-only instruments */
    public static NextDue of(LocalDate verificationDate, Integer intervalMonths) {
        return intervalMonths == null ? initialOnly(verificationDate) : periodic(verificationDate, intervalMonths);
    }

    public LocalDate verificationDate() {
        return verificationDate;
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** The last day the certificate is valid: due date − 1 day. */
    public Optional<LocalDate> validUntil() {
        return dueDate().map(d -> d.minusDays(1));
    }

    /** True from the due date on; never for initial-only instruments. */
    public boolean overdueOn(LocalDate date) {
        return dueDate != null && !date.isBefore(dueDate);
    }
}
