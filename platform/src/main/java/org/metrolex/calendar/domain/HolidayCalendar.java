package org.metrolex.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar: Monday to Friday, corrected by the State Council notices on public
 * holiday arrangements.
 *
 * <p><b>Counting convention.</b> A period of <i>n</i> working days started on a date ends on the
 * <i>n</i>-th working day <i>after</i> that date: the start date itself never counts, whether or
 * not it is a working day. This follows 《民法典》第二百零一条 (the first day of a period counted in
 * days is not included) as applied to 《行政许可法》第四十二条 and 第八十二条 (limits counted from
 * acceptance, in working days, excluding statutory holidays): the first counted day is the next
 * working day after acceptance.
 *
 * <p><b>Provisional answers.</b> A date is <i>known</i> when a published notice covers its year.
 * Any answer that examines a date outside the known years (after {@link #lastKnownDate()}, or
 * before the first notice) is marked provisional: it follows Monday–Friday only and may change when
 * the notice is published. Limitation: a notice for year Y+1 can still move late-December dates of
 * year Y (the 2019 notice did so for 2018-12-29…31), so the last days of {@link #lastKnownDate()}'s
 * year are answered as known but could in principle still change.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class HolidayCalendar {

    /** Upper bound on a count of working days, about forty years: far beyond any statutory limit. */
    public static final int MAX_WORKING_DAYS = 10_000;

    /** Dates listed by a notice: {@code true} a rest day, {@code false} a make-up working day. */
    private final NavigableMap<LocalDate, Boolean> listedDays;
    private final Set<Integer> publishedYears;
    private final LocalDate lastKnownDate;
    private final List<HolidayNotice> notices;

    /**
     * @throws IllegalArgumentException if no notice is published, if two files are given for one
     *                                  year, or if two notices disagree about a date
     */
    public HolidayCalendar(List<HolidayNotice> notices) {
        Objects.requireNonNull(notices, "notices");
        var days = new TreeMap<LocalDate, Boolean>();
        var listedBy = new HashMap<LocalDate, Integer>();
        var years = new TreeSet<Integer>();
        var seenYears = new TreeSet<Integer>();
        for (HolidayNotice notice : notices) {
            if (!seenYears.add(notice.year())) {
                throw new IllegalArgumentException("节假日通知年份重复：" + notice.year()
                        + " / Duplicate holiday notice for year " + notice.year());
            }
            if (notice.isPublished()) {
                years.add(notice.year());
            }
            for (Map.Entry<LocalDate, Boolean> day : notice.days().entrySet()) {
                Boolean previous = days.putIfAbsent(day.getKey(), day.getValue());
                if (previous != null && !previous.equals(day.getValue())) {
                    throw new IllegalArgumentException("节假日通知 " + listedBy.get(day.getKey()) + " 与 "
                            + notice.year() + " 对 " + day.getKey() + " 的安排矛盾 / Holiday notices "
                            + listedBy.get(day.getKey()) + " and " + notice.year() + " disagree about "
                            + day.getKey());
                }
                listedBy.putIfAbsent(day.getKey(), notice.year());
            }
        }
        if (years.isEmpty()) {
            throw new IllegalArgumentException("没有已发布的节假日通知 / No published holiday notice");
        }
        this.listedDays = Collections.unmodifiableNavigableMap(days);
        this.publishedYears = Collections.unmodifiableSet(years);
        this.lastKnownDate = LocalDate.of(years.last(), 12, 31);
        this.notices = List.copyOf(notices);
    }

    /** 31 December of the last year for which a notice has been published. */
    public LocalDate lastKnownDate() {
        return lastKnownDate;
    }

    /** 1 January of the first year for which a notice is held. */
    public LocalDate firstKnownDate() {
        return LocalDate.of(publishedYears.iterator().next(), 1, 1);
    }

    /** Whether a published notice covers the date's year. */
    public boolean isKnown(LocalDate date) {
        return publishedYears.contains(date.getYear());
    }

    public List<HolidayNotice> notices() {
        return notices;
    }

    public WorkingDayAnswer isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new WorkingDayAnswer(workingDay(date), !isKnown(date));
    }

    /**
     * The deadline of a period of {@code n} working days started on {@code start}: the {@code n}-th
     * working day after {@code start}; {@code start} itself never counts (see the class comment).
     * With {@code n = 0} the deadline is {@code start}.
     *
     * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_WORKING_DAYS}
     */
    public Deadline addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireDayCount(n);
        LocalDate date = start;
        for (int counted = 0; counted < n; ) {
            date = date.plusDays(1);
            if (workingDay(date)) {
                counted++;
            }
        }
        return new Deadline(date, anyUnknown(start, date));
    }

    /**
     * Working days in {@code (from, to]}: {@code from} excluded, {@code to} included, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n).date()) == n}.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("起始日期 " + from + " 晚于截止日期 " + to
                    + " / Start date " + from + " is after end date " + to);
        }
        long count = weekdaysBefore(to.plusDays(1)) - weekdaysBefore(from.plusDays(1));
        for (Map.Entry<LocalDate, Boolean> listed : listedDays.subMap(from, false, to, true).entrySet()) {
            boolean weekday = isWeekday(listed.getKey());
            boolean working = !listed.getValue();
            if (weekday && !working) {
                count--;
            } else if (!weekday && working) {
                count++;
            }
        }
        return new WorkingDayCount(Math.toIntExact(count), anyUnknown(from, to));
    }

    /** Whether some date in {@code [from, to]} is outside the published notices. */
    public boolean anyUnknown(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!publishedYears.contains(year)) {
                return true;
            }
        }
        return false;
    }

    static void requireDayCount(int n) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("工作日数必须在 0 到 " + MAX_WORKING_DAYS + " 之间，实为 " + n
                    + " / Working days must be between 0 and " + MAX_WORKING_DAYS + ", was " + n);
        }
    }

    boolean workingDay(LocalDate date) {
        Boolean offDay = listedDays.get(date);
        return offDay != null ? !offDay : isWeekday(date);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Monday to Friday dates strictly before {@code date}, counted from the Monday 1969-12-29. */
    private static long weekdaysBefore(LocalDate date) {
        long offset = date.toEpochDay() - LocalDate.of(1969, 12, 29).toEpochDay();
        return 5 * Math.floorDiv(offset, 7) + Math.min(Math.floorMod(offset, 7), 5);
    }
}
