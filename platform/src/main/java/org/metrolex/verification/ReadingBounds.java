package org.metrolex.verification;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.validation.FieldLimits;

/**
 * Plausibility bounds of raw readings per instrument family: no instrument of the family can show a
 * value above the bound in the units its readings form uses, so a larger one is a typing error (or an
 * attack: 1e300 is finite and would otherwise be "decided"). Every number of the readings is checked,
 * each refusal names its path ({@code readings.loads[2].indication}) and the bound.
 */
final class ReadingBounds {

    /**
     * Largest magnitude per family: scales up to weighbridges in grams (JJG 539: Max ≤ 1e8 g), fuel
     * dispensers and meters in litres or m³/h, ear thermometers in °C, sphygmomanometers in kPa.
     */
    private static final Map<Readings.Family, BigDecimal> MAX = Map.of(
            Readings.Family.SCALE, new BigDecimal("1e9"),
            Readings.Family.FUEL_DISPENSER, new BigDecimal("1e6"),
            Readings.Family.WATER_METER, new BigDecimal("1e7"),
            Readings.Family.GAS_METER, new BigDecimal("1e7"),
            Readings.Family.EAR_THERMOMETER, new BigDecimal("1000"),
            Readings.Family.SPHYGMOMANOMETER, new BigDecimal("1000"));

    private ReadingBounds() {
    }

    static List<FieldError> check(Readings.Family family, Readings readings) {
        BigDecimal max = family == null ? FieldLimits.MAX_DECIMAL : MAX.getOrDefault(family, FieldLimits.MAX_DECIMAL);
        List<FieldError> errors = new ArrayList<>();
        walk("readings", readings, max, errors);
        return errors;
    }

    private static void walk(String path, Object value, BigDecimal max, List<FieldError> errors) {
        if (value instanceof BigDecimal d) {
            if (d.abs().compareTo(max) > 0) {
                errors.add(FieldLimits.error(path, "plausible", "超出该类器具可能的示值范围（绝对值不超过 " + max.toPlainString() + "）",
                        "is beyond what an instrument of this family can show (at most " + max.toPlainString() + " in magnitude)"));
            } else if (d.stripTrailingZeros().scale() > FieldLimits.MAX_SCALE) {
                errors.add(FieldLimits.error(path, "scale", "小数位不得超过 " + FieldLimits.MAX_SCALE + " 位",
                        "must have at most " + FieldLimits.MAX_SCALE + " decimal places"));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), max, errors);
            }
        } else if (value instanceof Readings.Unstated u) {
            walk(path, u.fields(), max, errors);
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    walk(path + "." + c.getName(), c.getAccessor().invoke(value), max, errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
