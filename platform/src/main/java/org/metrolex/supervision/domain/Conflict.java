package org.metrolex.supervision.domain;

/**
 * Why an inspector may not be drawn for a target (回避). Regions are compared by GB/T 2260 code:
 * an inspector working for a city (code ending 00) or the province (ending 0000) is in conflict with
 * every target below that region.
 */
public enum Conflict {
    /** The target is the organisation the inspector works for. */
    OWN_UNIT,
    /** The target is in the county (or city) the inspector works in. */
    OWN_REGION,
    /** The inspector inspected this target in its most recent earlier draw. */
    TWICE_IN_A_ROW;

    /** The first conflict of this pairing, or null when the inspector may be drawn. */
    public static Conflict of(Inspector inspector, Candidate target, java.util.Set<String> previousInspectorsOfTarget) {
        if (!inspector.unit().isEmpty() && inspector.unit().equals(target.unit())) {
            return OWN_UNIT;
        }
        if (within(target.regionCode(), inspector.regionCode())) {
            return OWN_REGION;
        }
        if (previousInspectorsOfTarget.contains(inspector.id())) {
            return TWICE_IN_A_ROW;
        }
        return null;
    }

    /** Whether region {@code code} is {@code area} or lies below it, by the six-digit GB/T 2260 code. */
    public static boolean within(String code, String area) {
        if (code.equals(area)) {
            return true;
        }
        if (code.length() != 6 || area.length() != 6) {
            return false;
        }
        if (area.endsWith("0000")) {
            return code.startsWith(area.substring(0, 2));
        }
        if (area.endsWith("00")) {
            return code.startsWith(area.substring(0, 4));
        }
        return false;
    }
}
