package org.metrolex.instrument.domain;

/** The uses for which the Metrology Law (art. 9) makes verification of a listed instrument mandatory. */
public enum InstrumentUse {
    TRADE("贸易结算"), HEALTH("医疗卫生"), SAFETY("安全防护"), ENVIRONMENT("环境监测");

    private final String chinese;

    InstrumentUse(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Parses the code or the Chinese name used in spreadsheets; null if neither matches. */
    public static InstrumentUse parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        for (InstrumentUse u : values()) {
            if (u.name().equalsIgnoreCase(t) || u.chinese.equals(t)) {
                return u;
            }
        }
        return null;
    }
}
