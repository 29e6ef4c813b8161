package org.metrolex.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statutory time limit counted in working days (《行政许可法》第八十二条), started on a date
 * (usually acceptance of an application) and stoppable for time the law excludes from the limit
 * ({@link StopReason}).
 *
 * <p><b>Counting convention.</b>
 * <ul>
 *   <li>The start date never counts; counting begins with the next working day, as in
 *       {@link HolidayCalendar#addWorkingDays}.</li>
 *   <li>A working day on which the clock was stopped <i>at any point</i> does not count: both the
 *       day of the stop and the day of the resumption are excluded, so a stop from X resumed on R
 *       excludes every working day in {@code [X, R]}. A stop and a resumption on the same day
 *       exclude that one day. The authority thus never has a partly stopped day charged against
 *       its limit, and the rule stays checkable on paper; a local rule that counts the resumption
 *       day would be changed here.</li>
 *   <li>The limit is reached on the day the {@code limitDays}-th counted working day falls: that day
 *       is the deadline, and the clock is overdue from the following calendar day.</li>
 * </ul>
 *
 * <p>Mutable aggregate with business verbs ({@link #stop}, {@link #resume}); each refuses an illegal
 * transition with an {@link IllegalStateException} (state) or {@link IllegalArgumentException} (date)
 * whose message is in Chinese and English. Not thread-safe.
 */
public final class StatutoryClock {

    private final HolidayCalendar calendar;
    private final LocalDate start;
    private final int limitDays;
    private final List<ClockStop> stops = new ArrayList<>();

    private StatutoryClock(HolidayCalendar calendar, LocalDate start, int limitDays) {
        this.calendar = calendar;
        this.start = start;
        this.limitDays = limitDays;
    }

    /**
     * @throws IllegalArgumentException if {@code limitDays} is not between 1 and
     *                                  {@link HolidayCalendar#MAX_WORKING_DAYS}
     */
    public static StatutoryClock start(HolidayCalendar calendar, LocalDate start, int limitDays) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(start, "start");
        if (limitDays < 1) {
            throw new IllegalArgumentException("法定期限必须至少为 1 个工作日，实为 " + limitDays
                    + " / The statutory limit must be at least 1 working day, was " + limitDays);
        }
        HolidayCalendar.requireDayCount(limitDays);
        return new StatutoryClock(calendar, start, limitDays);
    }

    public LocalDate start() {
        return start;
    }

    public int limitDays() {
        return limitDays;
    }

    public boolean isStopped() {
        return !stops.isEmpty() && stops.get(stops.size() - 1).isOpen();
    }

    public List<ClockStop> stops() {
        return List.copyOf(stops);
    }

    /**
     * Stops the clock from {@code date} on; that day already no longer counts.
     *
     * @throws IllegalStateException    if the clock is already stopped
     * @throws IllegalArgumentException if {@code date} is before the start or before the last
     *                                  resumption
     */
    public void stop(LocalDate date, StopReason reason, String note) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if (isStopped()) {
            ClockStop open = stops.get(stops.size() - 1);
            // a guard for the calling use case, not a message to a person: the reason by its constant
            throw new IllegalStateException("计时已于 " + open.stoppedOn() + " 因 " + open.reason()
                    + " 停止，不能再次停止 / The clock has been stopped since " + open.stoppedOn() + " ("
                    + open.reason() + "); it cannot be stopped again");
        }
        LocalDate latest = latestEvent();
        if (date.isBefore(latest)) {
            throw new IllegalArgumentException("停止日期 " + date + " 早于上一事件日期 " + latest
                    + " / Stop date " + date + " is before the previous event on " + latest);
        }
        stops.add(new ClockStop(date, reason, note, Optional.empty()));
    }

    /**
     * Resumes the clock on {@code date}; that day still does not count.
     *
     * @throws IllegalStateException    if the clock is running
     * @throws IllegalArgumentException if {@code date} is before the stop
     */
    public void resume(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!isStopped()) {
            throw new IllegalStateException("计时正在进行，没有可恢复的停止 / The clock is running; there is no stop to resume");
        }
        ClockStop open = stops.get(stops.size() - 1);
        if (date.isBefore(open.stoppedOn())) {
            throw new IllegalArgumentException("恢复日期 " + date + " 早于停止日期 " + open.stoppedOn()
                    + " / Resume date " + date + " is before the stop date " + open.stoppedOn());
        }
        stops.set(stops.size() - 1, new ClockStop(open.stoppedOn(), open.reason(), open.note(), Optional.of(date)));
    }

    /**
     * The clock as it stands on {@code asOf}. Stops begun, and resumptions recorded, after
     * {@code asOf} are ignored, so a past date gives the answer that would have been given then.
     *
     * @throws IllegalArgumentException if {@code asOf} is before the start
     */
    public ClockStatus statusOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(start)) {
            throw new IllegalArgumentException("查询日期 " + asOf + " 早于起算日期 " + start
                    + " / Date " + asOf + " is before the clock's start on " + start);
        }
        List<ClockStop> known = stops.stream()
                .filter(s -> !s.stoppedOn().isAfter(asOf))
                .map(s -> s.asOf(asOf))
                .toList();
        int used = 0;
        LocalDate deadline = null;
        for (LocalDate day = start.plusDays(1); !day.isAfter(asOf); day = day.plusDays(1)) {
            if (calendar.workingDay(day) && !stoppedOn(known, day, asOf)) {
                used++;
                if (used == limitDays) {
                    deadline = day;
                }
            }
        }
        if (deadline == null) {
            deadline = calendar.addWorkingDays(asOf, limitDays - used).date();
        }
        boolean stopped = !known.isEmpty() && known.get(known.size() - 1).isOpen();
        LocalDate lastExamined = deadline.isAfter(asOf) ? deadline : asOf;
        return new ClockStatus(asOf, limitDays, used, Math.max(0, limitDays - used), deadline,
                asOf.isAfter(deadline), stopped, calendar.anyUnknown(start, lastExamined), known);
    }

    private static boolean stoppedOn(List<ClockStop> stops, LocalDate day, LocalDate asOf) {
        for (ClockStop stop : stops) {
            if (stop.covers(day, asOf)) {
                return true;
            }
        }
        return false;
    }

    private LocalDate latestEvent() {
        if (stops.isEmpty()) {
            return start;
        }
        ClockStop last = stops.get(stops.size() - 1);
        return last.resumedOn().orElse(last.stoppedOn());
    }
}
