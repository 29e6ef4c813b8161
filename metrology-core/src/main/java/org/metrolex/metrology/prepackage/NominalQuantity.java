package org.metrolex.metrology.prepackage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The nominal quantity Qn marked on a package (标注净含量), converted to its kind's base unit (kg → g,
 * L → mL). Actual contents measured on the packages are given in the unit the nominal quantity was
 * stated in and converted by the same factor.
 *
 * @param value       Qn in the base unit
 * @param kind        mass, volume, length, area or count
 * @param statedValue Qn as marked
 * @param statedUnit  the unit as marked (normalised spelling)
 */
public record NominalQuantity(BigDecimal value, QuantityKind kind, BigDecimal statedValue, String statedUnit) {

    private record Unit(QuantityKind kind, String symbol, BigDecimal factor) {
    }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("g", new Unit(QuantityKind.MASS, "g", BigDecimal.ONE)),
            Map.entry("克", new Unit(QuantityKind.MASS, "g", BigDecimal.ONE)),
            Map.entry("kg", new Unit(QuantityKind.MASS, "kg", BigDecimal.valueOf(1000))),
            Map.entry("千克", new Unit(QuantityKind.MASS, "kg", BigDecimal.valueOf(1000))),
            Map.entry("公斤", new Unit(QuantityKind.MASS, "kg", BigDecimal.valueOf(1000))),
            Map.entry("ml", new Unit(QuantityKind.VOLUME, "mL", BigDecimal.ONE)),
            Map.entry("毫升", new Unit(QuantityKind.VOLUME, "mL", BigDecimal.ONE)),
            Map.entry("l", new Unit(QuantityKind.VOLUME, "L", BigDecimal.valueOf(1000))),
            Map.entry("升", new Unit(QuantityKind.VOLUME, "L", BigDecimal.valueOf(1000))),
            Map.entry("m", new Unit(QuantityKind.LENGTH, "m", BigDecimal.ONE)),
            Map.entry("米", new Unit(QuantityKind.LENGTH, "m", BigDecimal.ONE)),
            Map.entry("m2", new Unit(QuantityKind.AREA, "m2", BigDecimal.ONE)),
            Map.entry("m²", new Unit(QuantityKind.AREA, "m2", BigDecimal.ONE)),
            Map.entry("平方米", new Unit(QuantityKind.AREA, "m2", BigDecimal.ONE)),
            Map.entry("count", new Unit(QuantityKind.COUNT, "count", BigDecimal.ONE)),
            Map.entry("个", new Unit(QuantityKind.COUNT, "count", BigDecimal.ONE)),
            Map.entry("件", new Unit(QuantityKind.COUNT, "count", BigDecimal.ONE)),
            Map.entry("片", new Unit(QuantityKind.COUNT, "count", BigDecimal.ONE)),
            Map.entry("只", new Unit(QuantityKind.COUNT, "count", BigDecimal.ONE)),
            Map.entry("支", new Unit(QuantityKind.COUNT, "count", BigDecimal.ONE)));

    public NominalQuantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statedValue, "statedValue");
        Objects.requireNonNull(statedUnit, "statedUnit");
    }

    /** Qn as marked, e.g. {@code of("0.5", "kg")}. Units: g, kg, mL, L, m, m², count (个, 件 …). */
    public static NominalQuantity of(BigDecimal value, String unit) {
        if (value == null) {
            throw new InvalidPrepackageInput("nominal", "the nominal quantity Qn (标注净含量) is required");
        }
        if (unit == null) {
            throw new InvalidPrepackageInput("unit", "the unit of the nominal quantity is required");
        }
        Unit u = UNITS.get(unit.strip().toLowerCase(java.util.Locale.ROOT));
        if (u == null) {
            throw new InvalidPrepackageInput("unit", "unknown unit '" + unit
                    + "'; accepted: g, kg, mL, L, m, m², count (个/件) (附表1 法定计量单位)");
        }
        if (value.signum() <= 0) {
            throw new InvalidPrepackageInput("nominal", "the nominal quantity Qn must be positive, got " + value + " " + unit);
        }
        if (u.kind() == QuantityKind.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidPrepackageInput("nominal", "a count must be a whole number, got " + value);
        }
        return new NominalQuantity(value.multiply(u.factor()), u.kind(), value, u.symbol());
    }

    public static NominalQuantity of(String value, String unit) {
        try {
            return of(value == null ? null : new BigDecimal(value.strip()), unit);
        } catch (NumberFormatException e) {
            throw new InvalidPrepackageInput("nominal", "not a number: '" + value + "'");
        }
    }

    /** The factor from the stated unit to the base unit (1000 for kg and L, else 1). */
    public BigDecimal factor() {
        return value.divide(statedValue);
    }

    /** A measured actual content, stated in the unit Qn was marked in, converted to the base unit. */
    public BigDecimal toBaseUnit(BigDecimal stated) {
        BigDecimal factor = factor();
        return factor.compareTo(BigDecimal.ONE) == 0 ? stated : stated.multiply(factor);
    }

    public String baseUnit() {
        return kind.baseUnit();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + kind.baseUnit();
    }
}
