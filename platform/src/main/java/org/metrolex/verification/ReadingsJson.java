package org.metrolex.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.metrolex.metrology.mpe.VerificationKind;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * The JSON form of {@link Readings}, as the API receives them and the verification table stores them: one object with
 * the fields of every family, each family using its own and leaving the others out (or null, as rows written before
 * the families had their own records do). {@code family} is optional: the instrument's category decides.
 */
public record ReadingsJson(String family, String kind, @JsonProperty("class") String scaleClass, BigDecimal e,
                           BigDecimal max, String unit, Boolean priceComputing, Readings.Weighing zero, List<Readings.Weighing> loads,
                           List<Readings.Weighing> repeatability, List<Readings.Weighing> eccentricity, List<Readings.Run> runs,
                           BigDecimal q1, BigDecimal q4, BigDecimal qmin, BigDecimal qmax, BigDecimal zeroIndicationKpa,
                           List<Point> points) {

    /** One test point of any family with points; each family reads its own fields. */
    public record Point(BigDecimal flowRate, BigDecimal waterTemperatureC, BigDecimal indicated, BigDecimal reference,
                        BigDecimal referenceC, BigDecimal indicationC, BigDecimal standardKpa, BigDecimal indicationKpa) {
    }

    /** The readings of the family the JSON names exactly; {@link Readings.Unstated} when it names none or another spelling. */
    Readings typed() {
        for (Readings.Family f : Readings.Family.values()) {
            if (f.name().equals(family)) {
                return as(f);
            }
        }
        return new Readings.Unstated(this);
    }

    /** These fields read as readings of {@code f}; the fields of the other families are not read. */
    public Readings as(Readings.Family f) {
        return switch (f) {
            case SCALE -> new Readings.Scale(kind, scaleClass, e, max, unit, priceComputing, zero, loads, repeatability, eccentricity);
            case FUEL_DISPENSER -> new Readings.FuelDispenser(kind, runs);
            case WATER_METER -> new Readings.WaterMeter(kind, scaleClass, q1, q4,
                    points(p -> new Readings.FlowPoint(p.flowRate(), p.waterTemperatureC(), p.indicated(), p.reference())));
            case GAS_METER -> new Readings.GasMeter(kind, scaleClass, qmin, qmax,
                    points(p -> new Readings.FlowPoint(p.flowRate(), null, p.indicated(), p.reference())));
            case EAR_THERMOMETER -> new Readings.EarThermometer(kind, points(p -> new Readings.TemperaturePoint(p.referenceC(), p.indicationC())));
            case SPHYGMOMANOMETER -> new Readings.Sphygmomanometer(kind, zeroIndicationKpa,
                    points(p -> new Readings.PressurePoint(p.standardKpa(), p.indicationKpa())));
        };
    }

    /** Any readings in this form (for the readings form, which shows every field by name). */
    public static ReadingsJson of(Readings r) {
        if (r instanceof Readings.Unstated u) {
            return u.fields();
        }
        String f = r.family().name();
        if (r instanceof Readings.Scale s) {
            return new ReadingsJson(f, s.kind(), s.scaleClass(), s.e(), s.max(), s.unit(), s.priceComputing(), s.zero(), s.loads(),
                    s.repeatability(), s.eccentricity(), null, null, null, null, null, null, null);
        } else if (r instanceof Readings.FuelDispenser d) {
            return new ReadingsJson(f, d.kind(), null, null, null, null, null, null, null, null, null, d.runs(), null, null, null, null,
                    null, null);
        } else if (r instanceof Readings.WaterMeter w) {
            return new ReadingsJson(f, w.kind(), w.meterClass(), null, null, null, null, null, null, null, null, null, w.q1(), w.q4(),
                    null, null, null, pointsOf(w.points(), p -> new Point(p.flowRate(), p.waterTemperatureC(), p.indicated(), p.reference(),
                            null, null, null, null)));
        } else if (r instanceof Readings.GasMeter g) {
            return new ReadingsJson(f, g.kind(), g.meterClass(), null, null, null, null, null, null, null, null, null, null, null,
                    g.qmin(), g.qmax(), null, pointsOf(g.points(), p -> new Point(p.flowRate(), null, p.indicated(), p.reference(),
                            null, null, null, null)));
        } else if (r instanceof Readings.EarThermometer t) {
            return new ReadingsJson(f, t.kind(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, pointsOf(t.points(), p -> new Point(null, null, null, null, p.referenceC(), p.indicationC(), null, null)));
        }
        Readings.Sphygmomanometer s = (Readings.Sphygmomanometer) r;
        return new ReadingsJson(f, s.kind(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                s.zeroIndicationKpa(), pointsOf(s.points(), p -> new Point(null, null, null, null, null, null, p.standardKpa(),
                p.indicationKpa())));
    }

    private static <T> List<Point> pointsOf(List<T> ps, Function<T, Point> write) {
        return ps == null ? null : ps.stream().map(p -> p == null ? null : write.apply(p)).toList();
    }

    private <T> List<T> points(Function<Point, T> read) {
        return points == null ? null : points.stream().map(p -> p == null ? null : read.apply(p)).toList();
    }

    /** The points of a family, each present ({@code points[i] is required} otherwise); none when absent. */
    static <T> List<T> required(List<T> points) {
        if (points == null) {
            return List.of();
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i) == null) {
                throw new IllegalArgumentException("points[" + i + "] is required / 必填");
            }
        }
        return points;
    }

    static VerificationKind kindOf(String text) {
        if (text == null || text.isBlank()) {
            return VerificationKind.SUBSEQUENT;
        }
        try {
            return VerificationKind.valueOf(text.strip().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("kind must be INITIAL, SUBSEQUENT or IN_SERVICE / 检定类别须为首次检定、后续检定或使用中检查");
        }
    }

    static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(field + " must be a number / " + field + " 须为数字");
        }
    }

    /** Reads {@link Readings} from their JSON form, whichever family it names (or none). */
    public static final class Deserializer extends StdDeserializer<Readings> {

        public Deserializer() {
            super(Readings.class);
        }

        @Override
        public Readings deserialize(JsonParser p, DeserializationContext ctxt) {
            ReadingsJson fields = ctxt.readValue(p, ReadingsJson.class);
            return fields == null ? null : fields.typed();
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
            return deserialize(p, ctxt);
        }
    }
}
