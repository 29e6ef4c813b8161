package org.metrolex.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One State Council General Office notice on public holiday arrangements, as data.
 *
 * @param year   the year the notice arranges; its {@code days} may include late-December dates of
 *               the previous calendar year (the 2019 notice makes 2018-12-29 a working day)
 * @param papers addresses of the notice and of any later amending notice (for 2020, the
 *               2020-01-27 notice extending the Spring Festival)
 * @param days   every date the notice lists: {@code true} a rest day, {@code false} a make-up
 *               working day (调休); an empty map means no notice has been published for the year
 */
public record HolidayNotice(int year, List<String> papers, Map<LocalDate, Boolean> days) {

    public HolidayNotice {
        papers = List.copyOf(Objects.requireNonNull(papers, "papers"));
        days = Map.copyOf(Objects.requireNonNull(days, "days"));
    }

    /** A file for a year without any listed day is a placeholder, not a notice. */
    public boolean isPublished() {
        return !days.isEmpty();
    }
}
