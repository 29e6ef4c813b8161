package org.metrolex.metrology.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.conformity.EarThermometerReadings;
import org.metrolex.metrology.conformity.FuelDispenserReadings;
import org.metrolex.metrology.conformity.GasMeterReadings;
import org.metrolex.metrology.conformity.ScaleReadings;
import org.metrolex.metrology.conformity.SphygmomanometerReadings;
import org.metrolex.metrology.conformity.VerificationReadings;
import org.metrolex.metrology.conformity.WaterMeterReadings;
import org.metrolex.metrology.mpe.Mpe;
import org.metrolex.metrology.mpe.MpeTables;
import org.metrolex.metrology.mpe.NotObtainedException;
import org.metrolex.metrology.mpe.ScaleClass;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.metrology.rules.RuleBook;

/** Maximum permissible errors and conformity decisions from the raw readings of one verification. */
final class ConformityCommands {

    enum Family { SCALE, FUEL_DISPENSER, WATER_METER, GAS_METER, EAR_THERMOMETER, SPHYGMOMANOMETER }

    private ConformityCommands() {
    }

    static void register(Map<String, MetrologyCli.Command> commands) {
        commands.put("mpe", Commands.command("maximum permissible error of an instrument family on a date",
                in -> notObtained(() -> mpe(in))));
        commands.put("conformity", Commands.command("errors, MPE, repeatability and the decision from raw readings",
                in -> notObtained(() -> conformity(in))));
    }

    static Object mpe(Input in) {
        LocalDate date = in.date("date", LocalDate.now());
        MpeTables tables = MpeTables.of(RuleBook.shipped());
        VerificationKind kind = in.enumValue("kind", VerificationKind.class, VerificationKind.SUBSEQUENT);
        Mpe mpe = switch (in.enumValue("family", Family.class)) {
            case SCALE -> tables.scale(ScaleClass.parse(in.text("class")), in.decimal("load"), in.decimal("e"), in.decimal("max"),
                    in.text("unit", "kg"), kind, date, in.bool("priceComputing", false));
            case FUEL_DISPENSER -> tables.fuelDispenser(kind, in.bool("atMinimumMeasuredQuantity", false), date);
            case WATER_METER -> tables.waterMeter(in.integer("class"), in.decimal("flowRate"), in.decimal("q1"), in.decimal("q4"),
                    in.decimal("waterTemperatureC", new BigDecimal("20")), kind, date);
            case GAS_METER -> tables.gasMeter(in.decimal("class"), in.decimal("flowRate"), in.decimal("qmin"), in.decimal("qmax"), kind, date);
            case EAR_THERMOMETER -> tables.earThermometer(in.decimal("referenceC"), kind, date);
            case SPHYGMOMANOMETER -> tables.sphygmomanometer(kind, date);
        };
        return mpe(mpe);
    }

    static Map<String, Object> mpe(Mpe m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lower", m.lower());
        out.put("upper", m.upper());
        out.put("unit", m.unit());
        out.put("basis", m.basis());
        out.put("verified", m.verified());
        out.put("edition", PrepackageCommands.edition(m.edition()));
        return out;
    }

    static Object conformity(Input in) {
        LocalDate date = in.date("date", LocalDate.now());
        VerificationKind kind = in.enumValue("kind", VerificationKind.class, VerificationKind.SUBSEQUENT);
        VerificationReadings readings = switch (in.enumValue("family", Family.class)) {
            case SCALE -> new ScaleReadings(ScaleClass.parse(in.text("class")), in.decimal("e"), in.decimal("max"),
                    in.text("unit", "kg"), kind, in.bool("priceComputing", false),
                    in.has("zero") ? weighing(in.object("zero")) : null,
                    in.list("loads", ConformityCommands::weighing),
                    in.has("repeatability") ? in.list("repeatability", ConformityCommands::weighing) : List.of(),
                    in.has("eccentricity") ? in.list("eccentricity", ConformityCommands::weighing) : List.of());
            case FUEL_DISPENSER -> new FuelDispenserReadings(kind, in.list("runs", r -> new FuelDispenserReadings.Run(
                    r.text("flowPoint"), r.decimal("indicated"), r.decimal("standard"), r.bool("atMinimumMeasuredQuantity", false))));
            case WATER_METER -> new WaterMeterReadings(in.integer("class"), in.decimal("q1"), in.decimal("q4"), kind,
                    in.list("points", p -> new WaterMeterReadings.Point(p.decimal("flowRate"),
                            p.decimal("waterTemperatureC", new BigDecimal("20")), p.decimal("indicated"), p.decimal("reference"))));
            case GAS_METER -> new GasMeterReadings(in.decimal("class"), in.decimal("qmin"), in.decimal("qmax"), kind,
                    in.list("points", p -> new GasMeterReadings.Point(p.decimal("flowRate"), p.decimal("indicated"), p.decimal("reference"))));
            case EAR_THERMOMETER -> new EarThermometerReadings(kind, in.list("points",
                    p -> new EarThermometerReadings.Point(p.decimal("referenceC"), p.decimal("indicationC"))));
            case SPHYGMOMANOMETER -> new SphygmomanometerReadings(kind, in.decimal("zeroIndicationKpa"), in.list("points",
                    p -> new SphygmomanometerReadings.Point(p.decimal("standardKpa"), p.decimal("indicationKpa"))));
        };
        ConformityDecision d = Conformity.decide(readings, date, RuleBook.shipped());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conforming", d.conforming());
        out.put("anyUnverified", d.anyUnverified());
        out.put("points", d.points().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", p.label());
            m.put("nominal", p.nominal());
            m.put("error", p.error());
            m.put("uncorrectedError", p.uncorrected());
            m.put("mpe", mpe(p.mpe()));
            m.put("pass", p.pass());
            return m;
        }).toList());
        out.put("repeatability", d.repeatability().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", r.label());
            m.put("value", r.value());
            m.put("limit", r.limit());
            m.put("unit", r.unit());
            m.put("method", r.method());
            m.put("pass", r.pass());
            return m;
        }).toList());
        out.put("reasons", d.reasons().stream().map(r -> Commands.object("code", r.code(), "zh", r.zh(), "en", r.en())).toList());
        out.put("editions", d.editionsUsed().stream().map(PrepackageCommands::edition).toList());
        return out;
    }

    private static ScaleReadings.Weighing weighing(Input w) {
        return new ScaleReadings.Weighing(w.decimal("load"), w.decimal("indication"), w.decimal("addedWeights", BigDecimal.ZERO));
    }

    /** A value the regulation gives but Metrolex has not obtained is refused, not guessed. */
    private static Object notObtained(java.util.function.Supplier<Object> body) {
        try {
            return body.get();
        } catch (NotObtainedException e) {
            throw new CliInputException("date", "not-obtained", e.getMessage(), e.getMessage());
        }
    }
}
