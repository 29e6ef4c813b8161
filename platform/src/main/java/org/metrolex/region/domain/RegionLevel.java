package org.metrolex.region.domain;

/** Levels of the GB/T 2260 hierarchy used here; {@code prefecture} is a prefecture-level city (地级市). */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY
}
