package org.metrolex.prepackaged.domain;

/**
 * How the net content of a sampled package is obtained (JJF 1070 计量检验: net content = gross − tare).
 * The choice is the inspector's and is recorded with the readings; the conditions under which an
 * average tare may be used are not in the rules library (RULES.md §1) and are not checked here.
 */
public enum TareMode {
    /** Net contents read directly (e.g. emptied and weighed, or volume measured). */
    NET,
    /** Gross readings minus one average tare of empty packaging (平均皮重法). */
    AVERAGE_TARE,
    /** Gross and tare of each package (逐件皮重法). */
    PER_PACKAGE;

    public static TareMode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
