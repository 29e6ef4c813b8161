package org.metrolex.party.domain;

import java.time.LocalDate;

/**
 * A qualification certificate: for a verifier the registered-metrologist/verifier certificate with the
 * instrument types it covers (JJF 1069 scope items), for an inspector the enforcement certificate.
 */
public record Qualification(long id, String certificateNo, String scope, LocalDate validFrom, LocalDate validUntil) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
