package org.metrolex.instrument.domain;

/** The uses for which the Metrology Law (art. 9) makes verification of a listed instrument mandatory. */
public enum InstrumentUse {
    /** 贸易结算 */ TRADE,
    /** 医疗卫生 */ HEALTH,
    /** 安全防护 */ SAFETY,
    /** 环境监测 */ ENVIRONMENT;

    public static InstrumentUse parse(String s) {
        if (s == null) {
            return null;
        }
        for (InstrumentUse u : values()) {
            if (u.name().equalsIgnoreCase(s.strip())) {
                return u;
            }
        }
        return null;
    }
}
