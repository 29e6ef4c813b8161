package org.metrolex.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period during which a statutory clock was stopped. Every working day from {@code stoppedOn} to
 * {@code resumedOn}, both included, is excluded from the limit (see {@link StatutoryClock}).
 *
 * @param resumedOn empty while the clock is still stopped
 */
public record ClockStop(LocalDate stoppedOn, StopReason reason, String note, Optional<LocalDate> resumedOn) {

    public ClockStop {
        Objects.requireNonNull(stoppedOn, "stoppedOn");
        Objects.requireNonNull(reason, "reason");
        note = note == null ? "" : note;
        Objects.requireNonNull(resumedOn, "resumedOn");
    }

    public boolean isOpen() {
        return resumedOn.isEmpty();
    }

    /** Whether the clock was stopped at some point of {@code date}, as known on {@code asOf}. */
    boolean covers(LocalDate date, LocalDate asOf) {
        if (date.isBefore(stoppedOn)) {
            return false;
        }
        return resumedOn.filter(r -> !r.isAfter(asOf)).map(r -> !date.isAfter(r)).orElse(true);
    }

    /** This stop as it stood on {@code asOf}: a resumption recorded after that date is not yet known. */
    ClockStop asOf(LocalDate asOf) {
        return resumedOn.filter(r -> r.isAfter(asOf)).isPresent()
                ? new ClockStop(stoppedOn, reason, note, Optional.empty())
                : this;
    }
}
