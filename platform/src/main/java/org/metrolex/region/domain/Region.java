package org.metrolex.region.domain;

/** One administrative division. {@code parentCode} is null for the province. */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public Region {
        if (code == null || !code.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("region code must be 6 digits (GB/T 2260): " + code);
        }
    }
}
