package org.metrolex.party.persistence;

/** Search criteria for enterprises: a keyword (name or credit code), a region, a category, active only. */
public record EnterpriseQuery(String keyword, String regionCode, String category, Boolean active) {

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null);
    }
}
