package org.metrolex.supervision.domain;

/**
 * A member of a plan's inspector pool (a person with the INSPECTOR role in {@code party}).
 *
 * @param id         stable key, unique in the pool (e.g. {@code P7})
 * @param regionCode the region the inspector works in (county, or city for a city bureau's inspector)
 * @param unit       the organisation the inspector works for ({@code I<id>} for institution staff), empty for a bureau
 * @param name       published with the list
 */
public record Inspector(String id, String regionCode, String unit, String name) {

    public Inspector {
        id = DrawDocument.requireToken("inspector.id", id);
        regionCode = DrawDocument.requireToken("inspector.regionCode", regionCode);
        unit = unit == null ? "" : unit;
        name = name == null ? "" : name;
    }
}
