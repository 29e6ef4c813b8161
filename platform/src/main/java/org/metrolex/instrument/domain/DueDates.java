package org.metrolex.instrument.domain;

import java.time.LocalDate;

/**
 * When an instrument is next due, from its catalogue category (SAMR 2020年第42号 forms of mandatory
 * verification, S9): periodic — the last verification plus the interval; initial verification with a
 * limited life — the initial verification plus the service life, when it must be replaced (到期轮换);
 * initial verification then scrap on failure — never. A category whose mode or figure was not obtained
 * gives no date and says so, rather than a guess.
 */
public final class DueDates {

    /** Why a date is (or is not) given. */
    public enum Basis { PERIODIC, END_OF_SERVICE_LIFE, NONE_SCRAP_ONLY, NOT_OBTAINED, NOT_VERIFIED_YET }

    /** The next due date, null unless {@code basis} is PERIODIC or END_OF_SERVICE_LIFE. */
    public record Due(LocalDate date, Basis basis) {
    }

    /**
     * @param lastVerification for periodic categories the last verification; for limited-life ones the
     *                         initial verification; null if the instrument has not been verified yet
     */
    public static Due next(InstrumentCategory category, LocalDate lastVerification) {
        VerificationMode mode = category.mode();
        if (mode == VerificationMode.INITIAL_ONLY_SCRAP) {
            return new Due(null, Basis.NONE_SCRAP_ONLY);
        }
        Integer months = mode == VerificationMode.PERIODIC ? category.intervalMonths()
                : mode == VerificationMode.INITIAL_ONLY_LIMITED_LIFE && category.serviceLifeYears() != null
                        ? category.serviceLifeYears() * 12 : null;
        if (months == null) {
            return new Due(null, Basis.NOT_OBTAINED);
        }
        if (lastVerification == null) {
            return new Due(null, Basis.NOT_VERIFIED_YET);
        }
        return new Due(lastVerification.plusMonths(months),
                mode == VerificationMode.PERIODIC ? Basis.PERIODIC : Basis.END_OF_SERVICE_LIFE);
    }

    private DueDates() {
    }
}
