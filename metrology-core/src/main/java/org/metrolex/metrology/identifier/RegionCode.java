package org.metrolex.metrology.identifier;

/**
 * Administrative division code, GB/T 2260: six digits — two for the province, two for the prefecture
 * (00 at province level), two for the county (00 at prefecture level). The structure gives the level
 * and the parent by code; which division actually supervises a county-level unit may differ (辛集 and
 * 定州 are coded under 石家庄 and 保定 but administered by the province, RULES.md §8), so the platform's
 * region tree, not this structure, decides data scope.
 */
public record RegionCode(String value) {

    public enum Level { PROVINCE, PREFECTURE, COUNTY }

    public RegionCode {
        if (value == null || !value.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("a region code has six digits and does not start with 0 (GB/T 2260), got "
                    + value + " (行政区划代码应为6位数字)");
        }
        if (value.substring(2, 4).equals("00") && !value.substring(4).equals("00")) {
            throw new IllegalArgumentException("region code " + value + " has a county part under no prefecture (GB/T 2260)"
                    + " (行政区划代码结构错误)");
        }
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.PREFECTURE : Level.COUNTY;
    }

    /** The province code, e.g. 130000 for 130102. */
    public String province() {
        return value.substring(0, 2) + "0000";
    }

    /** The parent by structure: the prefecture of a county, the province of a prefecture; null for a province. */
    public String structuralParent() {
        return switch (level()) {
            case PROVINCE -> null;
            case PREFECTURE -> province();
            case COUNTY -> value.substring(0, 4) + "00";
        };
    }
}
