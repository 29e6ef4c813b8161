package org.metrolex.verification.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.verification.Readings;
import org.metrolex.verification.ReadingsJson;
import org.metrolex.verification.Readings.Family;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * The readings form of one instrument family as the page shows it: the family's fields and its groups of
 * repeatable test-point rows, described as data ({@link Spec}) so one template renders all six families.
 * Values are kept as typed (strings) so a refused form comes back exactly as submitted; {@link #toReadings}
 * turns them into {@link Readings}, naming every cell that is not a number. Rows left empty are skipped.
 */
public final class ReadingsForm {

    /** How a value is entered: a decimal number, free text, or one of fixed options. */
    public enum Input { NUMBER, TEXT, SELECT }

    /**
     * One field or column. {@code unit} is printed next to the label: a literal unit, or {@code "@unit"} for
     * the unit the scale form names (kg or g). Option labels are message keys when they start with "verification.".
     */
    public record Field(String name, String labelKey, String unit, Input input, List<String> options) {
        static Field number(String name, String unit) {
            return new Field(name, "vui.field." + name, unit, Input.NUMBER, List.of());
        }

        static Field text(String name) {
            return new Field(name, "vui.field." + name, null, Input.TEXT, List.of());
        }

        static Field select(String name, String... options) {
            return new Field(name, "vui.field." + name, null, Input.SELECT, List.of(options));
        }
    }

    /** A group of repeatable rows (test points); {@code fixedRows} > 0 means exactly that many rows (the zero weighing). */
    public record Group(String name, List<Field> columns, int defaultRows, int fixedRows) {
        public String labelKey() {
            return "vui.group." + name;
        }

        public String hintKey() {
            return "vui.hint." + name;
        }
    }

    /** What the form of a family asks for, and the regulation that decides it. */
    public record Spec(Family family, List<Field> fields, List<Group> groups, String regulation) {
    }

    static Spec spec(Family family) {
        return switch (family) {
            case SCALE -> new Spec(family, List.of(Field.select("class", "I", "II", "III", "IIII"), Field.number("e", "@unit"),
                    Field.number("max", "@unit"), Field.select("unit", "kg", "g"), Field.select("priceComputing", "true", "false")),
                    List.of(new Group("zero", weighing(), 1, 1), new Group("loads", weighing(), 3, 0),
                            new Group("repeatability", weighing(), 3, 0), new Group("eccentricity", weighing(), 5, 0)),
                    "JJG 539-2016 / OIML R 76-1");
            case FUEL_DISPENSER -> new Spec(family, List.of(), List.of(new Group("runs", List.of(Field.text("flowPoint"),
                    Field.number("indicated", "L"), Field.number("standard", "L"), Field.select("atMinimumMeasuredQuantity", "false", "true")),
                    6, 0)), "JJG 443");
            case WATER_METER -> new Spec(family, List.of(Field.select("class", "2", "1"), Field.number("q1", "m³/h"), Field.number("q4", "m³/h")),
                    List.of(new Group("points", List.of(Field.number("flowRate", "m³/h"), Field.number("waterTemperatureC", "°C"),
                            Field.number("indicated", "L"), Field.number("reference", "L")), 3, 0)),
                    "JJG 162-2019 / OIML R 49");
            case GAS_METER -> new Spec(family, List.of(Field.select("class", "1.5", "1.0"), Field.number("qmin", "m³/h"),
                    Field.number("qmax", "m³/h")),
                    List.of(new Group("points", List.of(Field.number("flowRate", "m³/h"), Field.number("indicated", "dm³"),
                            Field.number("reference", "dm³")), 3, 0)),
                    "JJG 577-2012 / OIML R 137");
            case EAR_THERMOMETER -> new Spec(family, List.of(), List.of(new Group("points", List.of(Field.number("referenceC", "°C"),
                    Field.number("indicationC", "°C")), 3, 0)), "JJG 1164-2019");
            case SPHYGMOMANOMETER -> new Spec(family, List.of(Field.number("zeroIndicationKpa", "kPa")), List.of(new Group("points",
                    List.of(Field.number("standardKpa", "kPa"), Field.number("indicationKpa", "kPa")), 3, 0)), "JJG 270-2008");
        };
    }

    private static List<Field> weighing() {
        return List.of(Field.number("load", "@unit"), Field.number("indication", "@unit"), Field.number("addedWeights", "@unit"));
    }

    public final Spec spec;
    /** The family's fields by name. */
    public final Map<String, String> values = new LinkedHashMap<>();
    /** Per group, its rows; each row the cells by column name. */
    public final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    public String verificationDate = "";
    public String kind = "SUBSEQUENT";
    public String verifierId = "";
    public List<String> standardIds = new ArrayList<>();
    public String feeYuan = "";
    public boolean feeWaived;
    /** Fields named by errors ({@code readings.loads[1].indication}), to mark those cells. */
    public java.util.Set<String> invalid = java.util.Set.of();

    /** Whether the cell of {@code group}, row {@code index} (from 0), {@code column} was refused. */
    public boolean invalid(String group, int index, String column) {
        return invalid.contains("readings." + group + "[" + index + "]." + column);
    }

    /** Whether a field of the family was refused. */
    public boolean invalid(String name) {
        return invalid.contains("readings." + name);
    }

    private ReadingsForm(Spec spec) {
        this.spec = spec;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public List<Map<String, String>> rows(Group g) {
        return rows.getOrDefault(g.name(), List.of());
    }

    /** The unit the scale form names, for "@unit" columns. */
    public String unitOf(Field f) {
        if (f.unit() == null) {
            return "";
        }
        return "@unit".equals(f.unit()) ? (value("unit").isEmpty() ? "kg" : value("unit")) : f.unit();
    }

    /** An empty form with the family's default rows, or the stored readings to correct them. */
    static ReadingsForm of(Family family, Readings stored) {
        ReadingsForm f = new ReadingsForm(spec(family));
        if (stored != null) {
            f.read(ReadingsJson.of(stored));
        }
        f.fillDefaults();
        return f;
    }

    private void read(ReadingsJson stored) {
        ReadingsForm f = this;
        {
            f.kind = stored.kind() == null ? "SUBSEQUENT" : stored.kind();
            put(f.values, "class", stored.scaleClass());
            put(f.values, "e", stored.e());
            put(f.values, "max", stored.max());
            put(f.values, "unit", stored.unit());
            put(f.values, "priceComputing", stored.priceComputing());
            put(f.values, "q1", stored.q1());
            put(f.values, "q4", stored.q4());
            put(f.values, "qmin", stored.qmin());
            put(f.values, "qmax", stored.qmax());
            put(f.values, "zeroIndicationKpa", stored.zeroIndicationKpa());
            f.rows.put("zero", stored.zero() == null ? List.of() : weighingRows(List.of(stored.zero())));
            f.rows.put("loads", weighingRows(stored.loads()));
            f.rows.put("repeatability", weighingRows(stored.repeatability()));
            f.rows.put("eccentricity", weighingRows(stored.eccentricity()));
            f.rows.put("runs", stored.runs() == null ? List.of() : stored.runs().stream().map(r -> row(
                    "flowPoint", r.flowPoint(), "indicated", r.indicated(), "standard", r.standard(),
                    "atMinimumMeasuredQuantity", Boolean.TRUE.equals(r.atMinimumMeasuredQuantity()))).toList());
            f.rows.put("points", stored.points() == null ? List.of() : stored.points().stream().map(p -> row(
                    "flowRate", p.flowRate(), "waterTemperatureC", p.waterTemperatureC(), "indicated", p.indicated(),
                    "reference", p.reference(), "referenceC", p.referenceC(), "indicationC", p.indicationC(),
                    "standardKpa", p.standardKpa(), "indicationKpa", p.indicationKpa())).toList());
        }
    }

    private static List<Map<String, String>> weighingRows(List<Readings.Weighing> ws) {
        return ws == null ? List.of() : ws.stream().map(w -> row("load", w.load(), "indication", w.indication(),
                "addedWeights", w.addedWeights())).toList();
    }

    private static Map<String, String> row(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            put(m, (String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
    }

    /** Selects default to their first option; every group shows at least its default number of rows. */
    private void fillDefaults() {
        for (Field fd : spec.fields()) {
            if (fd.input() == Input.SELECT && value(fd.name()).isEmpty()) {
                values.put(fd.name(), fd.options().get(0));
            }
        }
        for (Group g : spec.groups()) {
            List<Map<String, String>> rs = new ArrayList<>(rows.getOrDefault(g.name(), List.of()));
            int want = g.fixedRows() > 0 ? g.fixedRows() : Math.max(g.defaultRows(), rs.size());
            while (rs.size() < want) {
                rs.add(new LinkedHashMap<>());
            }
            rows.put(g.name(), g.fixedRows() > 0 ? rs.subList(0, g.fixedRows()) : rs);
        }
    }

    /** The form as posted: fields by name, group cells as {@code group.column} repeated once per row. */
    static ReadingsForm of(Family family, MultiValueMap<String, String> params) {
        ReadingsForm f = new ReadingsForm(spec(family));
        f.verificationDate = first(params, "verificationDate");
        f.kind = first(params, "kind");
        f.verifierId = first(params, "verifierId");
        f.standardIds = params.getOrDefault("standardIds", List.of()).stream().filter(s -> s != null && !s.isBlank()).toList();
        f.feeYuan = first(params, "feeYuan");
        f.feeWaived = params.containsKey("feeWaived");
        for (Field fd : f.spec.fields()) {
            f.values.put(fd.name(), first(params, "r." + fd.name()));
        }
        for (Group g : f.spec.groups()) {
            int n = 0;
            for (Field c : g.columns()) {
                n = Math.max(n, params.getOrDefault(g.name() + "." + c.name(), List.of()).size());
            }
            List<Map<String, String>> rs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Field c : g.columns()) {
                    List<String> cells = params.getOrDefault(g.name() + "." + c.name(), List.of());
                    row.put(c.name(), i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "");
                }
                rs.add(row);
            }
            f.rows.put(g.name(), rs);
        }
        f.fillDefaults();
        return f;
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v.strip();
    }

    /** A row is skipped when every typed cell (numbers and text; selects always carry a value) is empty. */
    private static boolean empty(Group g, Map<String, String> row) {
        return g.columns().stream().filter(c -> c.input() != Input.SELECT).allMatch(c -> row.getOrDefault(c.name(), "").isEmpty());
    }

    /** The readings these values describe; every cell that is not a number is added to {@code errors}. */
    Readings toReadings(List<FieldError> errors, MessageSource messages) {
        Parser p = new Parser(errors, messages);
        Family fam = spec.family();
        Kept kept = kept();
        return switch (fam) {
            case SCALE -> {
                List<Readings.Weighing> zero = kept.weighings("zero", p);
                yield new Readings.Scale(kind, value("class"), p.field("e", value("e")), p.field("max", value("max")),
                        value("unit"), Boolean.valueOf(value("priceComputing")), zero.isEmpty() ? null : zero.get(0),
                        kept.weighings("loads", p), kept.weighings("repeatability", p), kept.weighings("eccentricity", p));
            }
            case FUEL_DISPENSER -> new Readings.FuelDispenser(kind, kept.map("runs", (n, r) -> new Readings.Run(r.getOrDefault("flowPoint", ""),
                    p.cell("runs", n, "indicated", r), p.cell("runs", n, "standard", r), Boolean.valueOf(r.get("atMinimumMeasuredQuantity")))));
            default -> new ReadingsJson(fam.name(), kind, fam == Family.WATER_METER || fam == Family.GAS_METER ? value("class") : null,
                    null, null, null, null, null, null, null, null, null, p.field("q1", value("q1")), p.field("q4", value("q4")),
                    p.field("qmin", value("qmin")), p.field("qmax", value("qmax")), p.field("zeroIndicationKpa", value("zeroIndicationKpa")),
                    kept.map("points", (n, r) -> new ReadingsJson.Point(p.cell("points", n, "flowRate", r),
                            p.cell("points", n, "waterTemperatureC", r), p.cell("points", n, "indicated", r),
                            p.cell("points", n, "reference", r), p.cell("points", n, "referenceC", r), p.cell("points", n, "indicationC", r),
                            p.cell("points", n, "standardKpa", r), p.cell("points", n, "indicationKpa", r)))).as(fam);
        };
    }

    /** The rows of each group that are not empty, with their row numbers on the page (from 1). */
    private Kept kept() {
        Map<String, List<Map<String, String>>> kept = new LinkedHashMap<>();
        Map<String, List<Integer>> rowNumbers = new LinkedHashMap<>();
        for (Group g : spec.groups()) {
            List<Map<String, String>> rs = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            List<Map<String, String>> all = rows(g);
            for (int i = 0; i < all.size(); i++) {
                if (!empty(g, all.get(i))) {
                    rs.add(all.get(i));
                    numbers.add(i + 1);
                }
            }
            kept.put(g.name(), rs);
            rowNumbers.put(g.name(), numbers);
        }
        return new Kept(kept, rowNumbers);
    }

    private record Kept(Map<String, List<Map<String, String>>> rows, Map<String, List<Integer>> numbers) {

        <T> List<T> map(String group, BiFunction<Integer, Map<String, String>, T> read) {
            List<T> out = new ArrayList<>();
            List<Map<String, String>> rs = rows.getOrDefault(group, List.of());
            for (int i = 0; i < rs.size(); i++) {
                out.add(read.apply(numbers.get(group).get(i), rs.get(i)));
            }
            return out;
        }

        List<Readings.Weighing> weighings(String group, Parser p) {
            return map(group, (n, r) -> new Readings.Weighing(p.cell(group, n, "load", r), p.cell(group, n, "indication", r),
                    p.cell(group, n, "addedWeights", r)));
        }
    }

    /** Decimal cells, with an error naming the group, row and column (localized labels) for each that is not a number. */
    private static final class Parser {
        private final List<FieldError> errors;
        private final MessageSource messages;

        Parser(List<FieldError> errors, MessageSource messages) {
            this.errors = errors;
            this.messages = messages;
        }

        BigDecimal field(String name, String text) {
            return parse("readings." + name, text, label("vui.field." + name, Locale.CHINESE), label("vui.field." + name, Locale.ENGLISH));
        }

        BigDecimal cell(String group, int row, String column, Map<String, String> cells) {
            if (!cells.containsKey(column)) {
                return null;
            }
            String zh = label("vui.group." + group, Locale.CHINESE) + " 第 " + row + " 行「" + label("vui.field." + column, Locale.CHINESE) + "」";
            String en = label("vui.group." + group, Locale.ENGLISH) + ", row " + row + ", '" + label("vui.field." + column, Locale.ENGLISH) + "'";
            return parse("readings." + group + "[" + (row - 1) + "]." + column, cells.get(column), zh, en);
        }

        private BigDecimal parse(String field, String text, String zh, String en) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "number", zh + "：“" + text + "”不是数字", en + ": '" + text + "' is not a number"));
                return null;
            }
        }

        private String label(String key, Locale locale) {
            return messages.getMessage(key, null, key, locale);
        }
    }
}
