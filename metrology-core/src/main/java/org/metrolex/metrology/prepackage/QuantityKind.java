package org.metrolex.metrology.prepackage;

/**
 * What a nominal quantity measures. Mass and volume share one band table (附表3 gives T in g or mL
 * alike); each kind has one base unit in which T, d and the mean are stated.
 */
public enum QuantityKind {
    MASS("g", "mass-volume"),
    VOLUME("mL", "mass-volume"),
    LENGTH("m", "length"),
    AREA("m2", "area"),
    COUNT("count", "count");

    private final String baseUnit;
    private final String tableKind;

    QuantityKind(String baseUnit, String tableKind) {
        this.baseUnit = baseUnit;
        this.tableKind = tableKind;
    }

    /** The unit in which T, shortfalls and means are stated. */
    public String baseUnit() {
        return baseUnit;
    }

    /** The value of the {@code kind} column of the tolerable-shortfall rule file. */
    String tableKind() {
        return tableKind;
    }
}
