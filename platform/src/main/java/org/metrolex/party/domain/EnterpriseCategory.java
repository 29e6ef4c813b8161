package org.metrolex.party.domain;

/** The kinds of enterprise the seed's supervision work targets (集贸市场, 加油站, 眼镜制配场所 …). */
public enum EnterpriseCategory {
    MARKET, GAS_STATION, EYEGLASS_SHOP, PREPACKAGE_PRODUCER, METER_MAKER, KEY_ENERGY_USER, OTHER;

    /** Parses the code or the Chinese name used in spreadsheets; null if neither matches. */
    public static EnterpriseCategory parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EnterpriseCategory c : values()) {
            if (c.name().equalsIgnoreCase(t) || c.chinese().equals(t)) {
                return c;
            }
        }
        return null;
    }

    public String chinese() {
        return switch (this) {
            case MARKET -> "集贸市场";
            case GAS_STATION -> "加油站";
            case EYEGLASS_SHOP -> "眼镜制配场所";
            case PREPACKAGE_PRODUCER -> "定量包装商品生产企业";
            case METER_MAKER -> "计量器具制造企业";
            case KEY_ENERGY_USER -> "重点用能单位";
            case OTHER -> "其他";
        };
    }
}
