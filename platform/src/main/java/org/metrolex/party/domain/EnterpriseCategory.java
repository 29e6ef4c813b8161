package org.metrolex.party.domain;

/** The kinds of enterprise the seed's supervision work targets (集贸市场, 加油站, 眼镜制配场所 …). */
public enum EnterpriseCategory {
    MARKET, GAS_STATION, EYEGLASS_SHOP, PREPACKAGE_PRODUCER, METER_MAKER, KEY_ENERGY_USER, OTHER;

    /**
     * Parses the code; null if it is none. A Chinese name (label.EnterpriseCategory.*) that a spreadsheet or form
     * carries is turned into the code by the caller ({@code Labels.code}) before it reaches the domain.
     */
    public static EnterpriseCategory parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EnterpriseCategory c : values()) {
            if (c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        return null;
    }
}
