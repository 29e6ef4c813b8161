package org.metrolex.party.domain;

import java.time.LocalDate;

/**
 * One line of an institution's authorisation (计量授权证书): it may verify {@code instrumentType}
 * within {@code regionCode} (and the regions below it) from {@code validFrom} to {@code validUntil}
 * inclusive.
 */
public record Authorization(long id, String certificateNo, String instrumentType, String regionCode,
                            LocalDate validFrom, LocalDate validUntil) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
