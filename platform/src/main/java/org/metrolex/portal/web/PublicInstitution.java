package org.metrolex.portal.web;

import java.time.LocalDate;
import java.util.List;

/** The public fields of a legal verification institution and its authorised scope. */
public record PublicInstitution(long id, String name, String regionCode, String regionName, String kind,
                                List<Authorization> authorizations) {

    public record Authorization(String certificateNo, String instrumentType, String regionName,
                                LocalDate validFrom, LocalDate validUntil, boolean validToday) {
    }
}
