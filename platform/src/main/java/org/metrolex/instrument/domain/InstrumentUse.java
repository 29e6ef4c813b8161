package org.metrolex.instrument.domain;

/** The uses for which the Metrology Law (art. 9) makes verification of a listed instrument mandatory. */
public enum InstrumentUse {
    TRADE, HEALTH, SAFETY, ENVIRONMENT;

    /**
     * Parses the code; null if it is none. A Chinese name (label.InstrumentUse.*) that a spreadsheet or form
     * carries is turned into the code by the caller ({@code Labels.code}) before it reaches the domain.
     */
    public static InstrumentUse parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        for (InstrumentUse u : values()) {
            if (u.name().equalsIgnoreCase(t)) {
                return u;
            }
        }
        return null;
    }
}
