package org.metrolex.verification;

import java.time.LocalDate;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.party.domain.Institution;
import org.metrolex.region.RegionCatalogue;
import org.springframework.stereotype.Component;

/**
 * Which institution a verification may be assigned to: an active one with an authorisation line (计量授权, Metrology
 * Law art. 20) for the instrument's category (by its Chinese name) covering the instrument's region, valid on the day.
 */
@Component
class AssignmentPolicy {

    private final RegionCatalogue regions;

    AssignmentPolicy(RegionCatalogue regions) {
        this.regions = regions;
    }

    boolean authorised(Institution inst, InstrumentCategory category, String regionCode, LocalDate day) {
        return inst.active() && inst.authorizations().stream().anyMatch(a -> a.instrumentType() != null
                && a.instrumentType().strip().equals(category.nameZh()) && regions.isWithin(regionCode, a.regionCode())
                && a.validFrom() != null && a.validUntil() != null && a.validOn(day));
    }
}
