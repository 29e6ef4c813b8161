package org.metrolex.supervision.domain;

/**
 * One member of a draw's target population: an enterprise ({@code E<id>}) or an institution ({@code I<id>}).
 *
 * @param id         stable key, unique in the population (e.g. {@code E42})
 * @param regionCode GB/T 2260 code of the county (or city) the target is registered in
 * @param unit       the organisation the target is, for the own-unit conflict rule (institution targets: {@code I<id>});
 *                   empty when none
 * @param stratum    the risk stratum the target is drawn in ({@code ALL} without strata)
 * @param name       the registered name, published with the list
 */
public record Candidate(String id, String regionCode, String unit, String stratum, String name) {

    public Candidate {
        id = DrawDocument.requireToken("target.id", id);
        regionCode = DrawDocument.requireToken("target.regionCode", regionCode);
        unit = unit == null ? "" : unit;
        stratum = DrawDocument.requireToken("target.stratum", stratum);
        name = name == null ? "" : name;
    }
}
