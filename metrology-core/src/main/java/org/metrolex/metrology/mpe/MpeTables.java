package org.metrolex.metrology.mpe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;
import org.metrolex.metrology.rules.RuleTable;

/**
 * MPE lookup for every instrument family of RULES.md §4, compiled once from the rule files of a
 * {@link RuleBook} (values parsed to {@link BigDecimal}, editions held as epoch-day ranges), so that a
 * lookup on the hot path does no parsing and copies no lists. Each lookup names the edition in force
 * on the date and whether its values are verified; a value the rule file marks {@code NOT_OBTAINED},
 * or a kind of verification the file does not cover, is refused with {@link NotObtainedException}.
 */
public final class MpeTables {

    public static final String SCALE = "mpe.scale";
    public static final String PRICE_COMPUTING_SCALE = "mpe.scale.price-computing";
    public static final String FUEL_DISPENSER = "mpe.fuel-dispenser";
    public static final String WATER_METER = "mpe.water-meter";
    public static final String GAS_METER = "mpe.gas-meter";
    public static final String EAR_THERMOMETER = "mpe.ear-thermometer";
    public static final String SPHYGMOMANOMETER = "mpe.sphygmomanometer";

    static final String NOT_OBTAINED = "NOT_OBTAINED";

    private static volatile MpeTables lastTables;

    private final RuleBook book;
    private final Editions<ScaleTable> scales;
    private final Editions<Object> priceComputing;
    private final Editions<DispenserTable> dispensers;
    private final Editions<WaterTable> waterMeters;
    private final Editions<GasTable> gasMeters;
    private final Editions<EarTable> earThermometers;
    private final Editions<SphygTable> sphygmomanometers;

    private MpeTables(RuleBook book) {
        this.book = book;
        this.scales = new Editions<>(book, SCALE, ScaleTable::compile);
        this.priceComputing = new Editions<>(book, PRICE_COMPUTING_SCALE, MpeTables::compilePriceComputing);
        this.dispensers = new Editions<>(book, FUEL_DISPENSER, DispenserTable::compile);
        this.waterMeters = new Editions<>(book, WATER_METER, WaterTable::compile);
        this.gasMeters = new Editions<>(book, GAS_METER, GasTable::compile);
        this.earThermometers = new Editions<>(book, EAR_THERMOMETER, EarTable::compile);
        this.sphygmomanometers = new Editions<>(book, SPHYGMOMANOMETER, SphygTable::compile);
    }

    /** The compiled tables of {@code book}; the last book's tables are kept, so repeated calls cost nothing. */
    public static MpeTables of(RuleBook book) {
        MpeTables t = lastTables;
        if (t != null && t.book == book) {
            return t;
        }
        t = new MpeTables(book);
        lastTables = t;
        return t;
    }

    public RuleBook book() {
        return book;
    }

    // ---------------------------------------------------------------- scales

    /** A band of a scale table: lower bound exclusive (null: from 0 inclusive), upper inclusive (null: none). */
    record Band(BigDecimal aboveE, BigDecimal upToE, BigDecimal mpeE, boolean verified, String basis) {
    }

    static final class ScaleTable {
        final boolean notObtained;
        final Map<ScaleClass, Band[]> bands;
        final KindRule kinds;
        /** Rules per class and kind, built once: null where the class or the kind is not in the table. */
        final ScaleRule[][] rules = new ScaleRule[ScaleClass.values().length][VerificationKind.values().length];

        private ScaleTable(boolean notObtained, Map<ScaleClass, Band[]> bands, KindRule kinds) {
            this.notObtained = notObtained;
            this.bands = bands;
            this.kinds = kinds;
        }

        ScaleTable bind(RuleEdition ed) {
            if (notObtained) {
                return this;
            }
            for (var c : bands.entrySet()) {
                for (VerificationKind k : VerificationKind.values()) {
                    Factor f = kinds.cache.get(k);
                    if (f != null) {
                        rules[c.getKey().ordinal()][k.ordinal()] = new ScaleRule(ed, c.getKey(), c.getValue(), f.value,
                                ed.verified() && f.verified, f.text);
                    }
                }
            }
            return this;
        }

        static ScaleTable compile(RuleTable t) {
            return compile(t, t.edition());
        }

        /** The table's values, cited as {@code as} (the edition itself, or a stand-in edition using them). */
        static ScaleTable compile(RuleTable t, RuleEdition as) {
            Map<ScaleClass, java.util.List<Band>> m = new EnumMap<>(ScaleClass.class);
            for (Map<String, String> row : t.rows()) {
                if (NOT_OBTAINED.equals(row.get("mpe_e"))) {
                    return new ScaleTable(true, Map.of(), null);
                }
                ScaleClass c = ScaleClass.valueOf(row.get("class"));
                BigDecimal above = RuleTable.decimal(row, "above_e");
                BigDecimal upTo = RuleTable.decimal(row, "up_to_e");
                String basis = "class " + c + ", " + (above == null ? "0 ≤ m" : above.toPlainString() + " e < m")
                        + (upTo == null ? "" : " ≤ " + upTo.toPlainString() + " e");
                m.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(new Band(above, upTo,
                        RuleTable.decimal(row, "mpe_e"), "V".equals(row.get("tag")), basis));
            }
            Map<ScaleClass, Band[]> bands = new EnumMap<>(ScaleClass.class);
            m.forEach((c, l) -> bands.put(c, l.toArray(Band[]::new)));
            return new ScaleTable(false, bands, KindRule.of(t)).bind(as);
        }
    }

    record Route(String ruleId) {
    }

    /**
     * A price-computing-scale edition: a route to the general scale rule (JJG 539 until 2027-01-07), its own
     * table, or a table not obtained whose decisions use the scale rule in force as a stand-in
     * ({@code # stand-in-rule: mpe.scale}, the only stand-in rule a scale table may name).
     */
    private static Object compilePriceComputing(RuleTable t) {
        if (t.parameters().containsKey("delegate")) {
            return new Route(t.parameter("delegate"));
        }
        String via = t.parameter(RuleBook.STAND_IN_RULE, null);
        if (via != null && !SCALE.equals(via)) {
            throw new IllegalArgumentException(t.edition().regulation() + ": " + RuleBook.STAND_IN_RULE + " must be " + SCALE + ", got " + via);
        }
        return ScaleTable.compile(t);
    }

    /** Scale tables bound to a stand-in edition, built once per (edition in force, edition whose values decide). */
    private final Map<String, ScaleTable> standInScales = new java.util.concurrent.ConcurrentHashMap<>();

    private ScaleTable standInScale(RuleEdition inForce, Editions.Entry<ScaleTable> values) {
        RuleEdition v = values.table().edition();
        return standInScales.computeIfAbsent(inForce.regulation() + "|" + inForce.effectiveFrom() + "|" + v.regulation() + "|" + v.effectiveFrom(),
                k -> ScaleTable.compile(values.table(), inForce.standInWith(v)));
    }

    /**
     * The scale MPE rule for one class and kind of verification on one date: which edition, which bands
     * and the in-service factor. Bind it to a verification scale interval with {@link #forInterval}.
     */
    public static final class ScaleRule {
        private final RuleEdition edition;
        private final ScaleClass scaleClass;
        private final Band[] bands;
        private final BigDecimal factor;
        private final boolean verified;
        private final String[] basis;
        /** The bands of the last interval asked for: bulk imports verify many scales with the same e. */
        private volatile ScaleBands last;
        private final List<RuleEdition> editionList;

        ScaleRule(RuleEdition edition, ScaleClass scaleClass, Band[] bands, BigDecimal factor, boolean verified, String kindText) {
            this.edition = edition;
            this.scaleClass = scaleClass;
            this.bands = bands;
            this.factor = factor;
            this.verified = verified;
            this.editionList = List.of(edition);
            this.basis = new String[bands.length];
            for (int i = 0; i < bands.length; i++) {
                basis[i] = bands[i].basis + ", " + kindText;
            }
        }

        public RuleEdition edition() {
            return edition;
        }

        /** {@code List.of(edition())}, built once. */
        public List<RuleEdition> editionList() {
            return editionList;
        }

        /** The highest load the class's table covers, in e (null: unbounded). */
        public BigDecimal topE() {
            return bands[bands.length - 1].upToE;
        }

        /** The bands with their edges and MPEs in the unit of e, for one verification. */
        public ScaleBands forInterval(BigDecimal e, String unit) {
            String u = unit == null ? "" : unit;
            ScaleBands b = last;
            if (b != null && b.e.equals(e) && b.unit.equals(u)) {
                return b;
            }
            b = new ScaleBands(this, e, u);
            last = b;
            return b;
        }
    }

    /** Band edges and MPEs for one scale interval e: computed once per verification, not per load. */
    public static final class ScaleBands {
        private final ScaleRule rule;
        private final BigDecimal[] lower;
        private final BigDecimal[] upper;
        private final Mpe[] mpe;
        private final BigDecimal e;
        private final BigDecimal half;
        private final String unit;

        ScaleBands(ScaleRule rule, BigDecimal e, String unit) {
            this.rule = rule;
            this.e = e;
            this.half = e.multiply(new BigDecimal("0.5"));
            this.unit = unit;
            int n = rule.bands.length;
            lower = new BigDecimal[n];
            upper = new BigDecimal[n];
            mpe = new Mpe[n];
            for (int i = 0; i < n; i++) {
                Band b = rule.bands[i];
                lower[i] = b.aboveE == null ? null : b.aboveE.multiply(e);
                upper[i] = b.upToE == null ? null : b.upToE.multiply(e);
                mpe[i] = Mpe.symmetric(b.mpeE.multiply(rule.factor).multiply(e), unit, rule.edition, rule.basis[i],
                        rule.verified && b.verified);
            }
        }

        /** ½ e, the changepoint offset. */
        public BigDecimal halfInterval() {
            return half;
        }

        public ScaleRule rule() {
            return rule;
        }

        /**
         * The MPE for load m (same unit as e): the band with above·e < m ≤ upTo·e, the first band from 0
         * inclusive. Returns null when m is outside every band (negative, or above the class's table).
         */
        public Mpe at(BigDecimal load) {
            for (int i = 0; i < lower.length; i++) {
                boolean aboveLower = lower[i] == null ? load.signum() >= 0 : load.compareTo(lower[i]) > 0;
                if (aboveLower && (upper[i] == null || load.compareTo(upper[i]) <= 0)) {
                    return mpe[i];
                }
            }
            return null;
        }
    }

    /** The scale MPE rule in force on {@code date}; price-computing scales follow their own rule. */
    public ScaleRule scaleRule(ScaleClass scaleClass, VerificationKind kind, LocalDate date, boolean priceComputingScale) {
        Refusals.required(scaleClass, "class", SCALE);
        Refusals.required(kind, "kind", SCALE);
        Refusals.required(date, "verificationDate", SCALE);
        ScaleTable t;
        RuleEdition ed;
        Editions.Entry<Object> pc = priceComputingScale ? priceComputing.at(date) : null;
        if (pc == null || pc.value() instanceof Route) {
            if (pc != null && !SCALE.equals(((Route) pc.value()).ruleId())) {
                throw new IllegalStateException(PRICE_COMPUTING_SCALE + " routes to unknown rule " + ((Route) pc.value()).ruleId());
            }
            Editions.Entry<ScaleTable> entry = scales.at(date);
            t = entry.value();
            ed = entry.table().edition();
        } else if (!((ScaleTable) pc.value()).notObtained) {
            t = (ScaleTable) pc.value();
            ed = pc.table().edition();
        } else {
            // JJG 1204-2025 is in force but its values were not obtained: verification goes on with the scale rule
            // in force on the date (JJG 539-2016 / OIML R 76-1) standing in, cited as such (docs/rules.md).
            t = standInScale(pc.table().edition(), scales.at(date));
            ed = pc.table().edition();
        }
        if (t.notObtained) {
            throw new NotObtainedException(SCALE, ed.regulation(), date, "MPE values not obtained", "最大允许误差数值未取得");
        }
        Band[] bands = t.bands.get(scaleClass);
        if (bands == null) {
            throw new NotObtainedException(SCALE, ed.regulation(), date, "no MPE table for class " + scaleClass + " in this edition",
                    "该版本无 " + scaleClass + " 级的最大允许误差表");
        }
        ScaleRule rule = t.rules[scaleClass.ordinal()][kind.ordinal()];
        if (rule == null) {
            t.kinds.factor(kind, SCALE, ed, date); // throws: MPE for this kind not obtained
            throw new IllegalStateException("no scale rule for " + scaleClass + " " + kind);
        }
        return rule;
    }

    /**
     * MPE of a non-automatic weighing instrument at load m (in the unit of e), OIML R 76-1 / JJG 539.
     * Refuses a load outside 0…Max or beyond the class's table.
     */
    public Mpe scale(ScaleClass scaleClass, BigDecimal load, BigDecimal e, BigDecimal max, String unit, VerificationKind kind,
                     LocalDate date, boolean priceComputingScale) {
        ScaleRule rule = scaleRule(scaleClass, kind, date, priceComputingScale);
        checkScaleInterval(e, max, rule);
        return scaleMpeAt(rule.forInterval(e, unit), load, max, rule, "load");
    }

    /** Checks e and Max of a scale against its class's table. */
    public static void checkScaleInterval(BigDecimal e, BigDecimal max, ScaleRule rule) {
        if (e != null && max != null && e.signum() > 0 && max.compareTo(e) >= 0) {
            return;
        }
        String r = rule.edition().citation();
        if (Refusals.required(e, "e", r).signum() <= 0) {
            throw Refusals.badInput("e", r, "verification scale interval must be positive, got " + e.toPlainString(),
                    "检定分度值应为正数，实为 " + e.toPlainString());
        }
        if (Refusals.required(max, "max", r).compareTo(e) < 0) {
            throw Refusals.badInput("max", r, "maximum capacity must be at least e, got " + max.toPlainString(),
                    "最大秤量应不小于 e，实为 " + max.toPlainString());
        }
    }

    /** The MPE at one load, refusing loads below 0, above Max, or beyond the class's table. */
    public static Mpe scaleMpeAt(ScaleBands bands, BigDecimal load, BigDecimal max, ScaleRule rule, String field) {
        Mpe m = load == null || load.compareTo(max) > 0 ? null : bands.at(load);
        if (m != null) {
            return m;
        }
        String r = rule.edition().citation();
        Refusals.required(load, field, r);
        if (load.compareTo(max) > 0) {
            throw Refusals.badInput(field, r, "load " + load.toPlainString() + " exceeds the maximum capacity " + max.toPlainString(),
                    "载荷 " + load.toPlainString() + " 超过最大秤量 " + max.toPlainString());
        }
        {
            throw Refusals.badInput(field, r, "load " + load.toPlainString() + " is outside the MPE table of class "
                            + rule.scaleClass + " (0 … " + (rule.topE() == null ? "∞" : rule.topE().toPlainString()) + " e)",
                    "载荷 " + load.toPlainString() + " 超出 " + rule.scaleClass + " 级最大允许误差表的范围");
        }
    }

    // ---------------------------------------------------------------- kinds of verification

    private record Factor(BigDecimal value, boolean verified, String text) {
    }

    /** Which kinds of verification a table's values are for, and the in-service factor if the rule gives one. */
    private record KindRule(Set<VerificationKind> kinds, BigDecimal inServiceFactor, boolean factorVerified,
                            Map<VerificationKind, Factor> cache) {

        static KindRule of(RuleTable t) {
            Set<VerificationKind> kinds = EnumSet.noneOf(VerificationKind.class);
            for (String k : t.parameter("kinds", "INITIAL SUBSEQUENT").split("\\s+")) {
                kinds.add(VerificationKind.valueOf(k));
            }
            String f = t.parameter("in-service-factor", null);
            BigDecimal factor = f == null ? null : new BigDecimal(f);
            boolean fv = "V".equals(t.parameter("in-service-factor-tag", "M"));
            Map<VerificationKind, Factor> cache = new EnumMap<>(VerificationKind.class);
            for (VerificationKind k : VerificationKind.values()) {
                if (kinds.contains(k)) {
                    cache.put(k, new Factor(BigDecimal.ONE, true, k.en()));
                } else if (k == VerificationKind.IN_SERVICE && factor != null) {
                    cache.put(k, new Factor(factor, fv, k.en() + " (" + factor.toPlainString() + " × verification MPE)"));
                }
            }
            return new KindRule(kinds, factor, fv, cache);
        }

        Factor factor(VerificationKind kind, String ruleId, RuleEdition ed, LocalDate date) {
            Factor f = cache.get(kind);
            if (f == null) {
                throw new NotObtainedException(ruleId, ed.regulation(), date,
                        "MPE for " + kind.en() + " not obtained in " + ed.regulation(),
                        ed.regulation() + " 中" + kind.zh() + "的最大允许误差未取得");
            }
            return f;
        }
    }

    // ---------------------------------------------------------------- fuel dispensers

    /** One row of the dispenser table; null values were not obtained. */
    record DispenserRow(BigDecimal mpePct, BigDecimal repeatabilityPct, boolean verified) {
    }

    static final class DispenserTable {
        final DispenserRow general;
        final DispenserRow minimum;
        final boolean meanPointError;
        final boolean pointErrorVerified;
        final String repeatabilityMethod;
        final boolean methodVerified;
        final Map<Integer, BigDecimal> dn;
        final KindRule kinds;

        DispenserTable(DispenserRow general, DispenserRow minimum, boolean mean, boolean pev, String method,
                       boolean mv, Map<Integer, BigDecimal> dn, KindRule kinds) {
            this.general = general;
            this.minimum = minimum;
            this.meanPointError = mean;
            this.pointErrorVerified = pev;
            this.repeatabilityMethod = method;
            this.methodVerified = mv;
            this.dn = dn;
            this.kinds = kinds;
        }

        static DispenserTable compile(RuleTable t) {
            Map<String, DispenserRow> rows = new HashMap<>();
            for (Map<String, String> row : t.rows()) {
                rows.put(row.get("quantity"), new DispenserRow(valueOrNull(row, "mpe_pct"), valueOrNull(row, "repeatability_pct"),
                        "V".equals(row.get("tag"))));
            }
            Map<Integer, BigDecimal> dn = new HashMap<>();
            t.parameters().forEach((k, v) -> {
                if (k.startsWith("dn.")) {
                    dn.put(Integer.parseInt(k.substring(3)), new BigDecimal(v));
                }
            });
            String method = t.parameter("repeatability-method");
            if (!method.equals("RANGE") && !method.equals("RANGE_OVER_DN")) {
                throw new IllegalArgumentException(t.edition().regulation() + ": unknown repeatability-method " + method);
            }
            return new DispenserTable(rows.get("general"), rows.get("minimum-measured-quantity"),
                    "MEAN".equals(t.parameter("point-error", "MEAN")), "V".equals(t.parameter("point-error-tag", "M")),
                    method, "V".equals(t.parameter("repeatability-method-tag", "M")), Map.copyOf(dn), KindRule.of(t));
        }
    }

    /**
     * The fuel dispenser rule in force: MPE and repeatability limit (in %) for ordinary runs or runs at
     * the minimum measured quantity, whether a flow point's error is the mean of its runs, and the
     * repeatability method: {@code RANGE} = E_max − E_min, {@code RANGE_OVER_DN} = (E_max − E_min)/d_n.
     */
    public record DispenserRule(RuleEdition edition, Mpe mpe, BigDecimal repeatabilityLimitPct, boolean meanPointError,
                                String repeatabilityMethod, Map<Integer, BigDecimal> dn, boolean verified) {

        /** d_n for n runs, refused when the edition does not give it. */
        public BigDecimal dn(int runs, LocalDate date) {
            BigDecimal d = dn.get(runs);
            if (d == null) {
                throw new NotObtainedException(FUEL_DISPENSER, edition.regulation(), date,
                        "range coefficient d_n for " + runs + " runs not obtained (repeatability = (E_max − E_min)/d_n)",
                        runs + " 次测量的极差系数 d_n 未取得");
            }
            return d;
        }
    }

    public DispenserRule fuelDispenserRule(VerificationKind kind, boolean atMinimumMeasuredQuantity, LocalDate date) {
        Refusals.required(kind, "kind", FUEL_DISPENSER);
        Refusals.required(date, "verificationDate", FUEL_DISPENSER);
        Editions.Entry<DispenserTable> entry = dispensers.at(date);
        DispenserTable t = entry.value();
        RuleEdition ed = entry.table().edition();
        Factor f = t.kinds.factor(kind, FUEL_DISPENSER, ed, date);
        DispenserRow row = atMinimumMeasuredQuantity ? t.minimum : t.general;
        String what = atMinimumMeasuredQuantity ? "at the minimum measured quantity" : "general";
        if (!obtained(row)) {
            // Values not obtained in the edition in force: the last edition that gives them stands in (docs/rules.md).
            for (Editions.Entry<DispenserTable> earlier : dispensers.earlier(entry)) {
                DispenserRow r = atMinimumMeasuredQuantity ? earlier.value().minimum : earlier.value().general;
                if (obtained(r)) {
                    // The values come with their edition's data processing (point error, repeatability method, d_n).
                    row = new DispenserRow(r.mpePct, r.repeatabilityPct, false);
                    t = earlier.value();
                    ed = ed.standInWith(earlier.table().edition());
                    break;
                }
            }
        }
        if (!obtained(row)) {
            throw new NotObtainedException(FUEL_DISPENSER, ed.regulation(), date,
                    "MPE and repeatability " + what + " not obtained in " + ed.regulation(),
                    ed.regulation() + (atMinimumMeasuredQuantity ? " 最小被测量的" : " ") + "最大允许误差和重复性未取得");
        }
        boolean verified = ed.verified() && row.verified && f.verified && t.pointErrorVerified && t.methodVerified;
        Mpe mpe = Mpe.symmetric(row.mpePct.multiply(f.value), "%", ed, what + ", " + f.text, ed.verified() && row.verified && f.verified);
        return new DispenserRule(ed, mpe, row.repeatabilityPct.multiply(f.value), t.meanPointError, t.repeatabilityMethod, t.dn, verified);
    }

    private static boolean obtained(DispenserRow row) {
        return row != null && row.mpePct != null && row.repeatabilityPct != null;
    }

    public Mpe fuelDispenser(VerificationKind kind, boolean atMinimumMeasuredQuantity, LocalDate date) {
        return fuelDispenserRule(kind, atMinimumMeasuredQuantity, date).mpe();
    }

    // ---------------------------------------------------------------- water meters

    record PctRow(BigDecimal pct, boolean verified) {
    }

    static final class WaterTable {
        final Map<String, PctRow> rows;
        final BigDecimal q2OverQ1;
        final boolean q2Verified;
        final BigDecimal thresholdC;
        final KindRule kinds;

        WaterTable(Map<String, PctRow> rows, BigDecimal q2OverQ1, boolean q2Verified, BigDecimal thresholdC, KindRule kinds) {
            this.rows = rows;
            this.q2OverQ1 = q2OverQ1;
            this.q2Verified = q2Verified;
            this.thresholdC = thresholdC;
            this.kinds = kinds;
        }

        static WaterTable compile(RuleTable t) {
            Map<String, PctRow> rows = new HashMap<>();
            for (Map<String, String> row : t.rows()) {
                rows.put(row.get("class") + "/" + row.get("zone") + "/" + row.get("above_threshold"),
                        new PctRow(valueOrNull(row, "mpe_pct"), "V".equals(row.get("tag"))));
            }
            return new WaterTable(rows, new BigDecimal(t.parameter("q2-over-q1")), "V".equals(t.parameter("q2-over-q1-tag", "M")),
                    new BigDecimal(t.parameter("temperature-threshold-c")), KindRule.of(t));
        }
    }

    /**
     * MPE (%) of a water meter at flow rate q, JJG 162-2019 / OIML R 49: lower zone Q₁ ≤ q < Q₂, upper zone
     * Q₂ ≤ q ≤ Q₄ with Q₂ = 1.6 Q₁; in the upper zone the water temperature decides (above 30 °C strictly).
     */
    public Mpe waterMeter(int meterClass, BigDecimal q, BigDecimal q1, BigDecimal q4, BigDecimal waterTemperatureC,
                          VerificationKind kind, LocalDate date) {
        Refusals.required(kind, "kind", WATER_METER);
        Refusals.required(date, "verificationDate", WATER_METER);
        Editions.Entry<WaterTable> entry = waterMeters.at(date);
        WaterTable t = entry.value();
        RuleEdition ed = entry.table().edition();
        String r = ed.citation();
        Refusals.required(q, "q", r);
        Refusals.required(q1, "q1", r);
        Refusals.required(q4, "q4", r);
        Refusals.required(waterTemperatureC, "waterTemperature", r);
        if (meterClass != 1 && meterClass != 2) {
            throw Refusals.badInput("class", r, "water meter accuracy class must be 1 or 2, got " + meterClass, "水表准确度等级应为 1 或 2，实为 " + meterClass);
        }
        if (q1.signum() <= 0 || q4.compareTo(q1) <= 0) {
            throw Refusals.badInput("q1", r, "need 0 < Q1 < Q4, got Q1 = " + q1.toPlainString() + ", Q4 = " + q4.toPlainString(),
                    "应满足 0 < Q1 < Q4，实为 Q1 = " + q1.toPlainString() + "，Q4 = " + q4.toPlainString());
        }
        BigDecimal q2 = q1.multiply(t.q2OverQ1);
        if (q.compareTo(q1) < 0 || q.compareTo(q4) > 0) {
            throw Refusals.badInput("q", r, "flow rate " + q.toPlainString() + " is outside Q1 … Q4 (" + q1.toPlainString() + " … " + q4.toPlainString() + ")",
                    "流量点 " + q.toPlainString() + " 不在 Q1 … Q4 范围内");
        }
        boolean lower = q.compareTo(q2) < 0;
        Factor f = t.kinds.factor(kind, WATER_METER, ed, date);
        String key = meterClass + "/" + (lower ? "LOWER/ANY" : "UPPER/" + (waterTemperatureC.compareTo(t.thresholdC) > 0 ? "YES" : "NO"));
        PctRow row = t.rows.get(key);
        if (row == null || row.pct == null) {
            throw new NotObtainedException(WATER_METER, ed.regulation(), date, "MPE not obtained for " + key, "最大允许误差未取得：" + key);
        }
        String basis = "class " + meterClass + ", " + (lower ? "lower zone Q1 ≤ q < Q2" : "upper zone Q2 ≤ q ≤ Q4")
                + (lower ? "" : waterTemperatureC.compareTo(t.thresholdC) > 0 ? ", water above " + t.thresholdC.toPlainString() + " °C"
                : ", water ≤ " + t.thresholdC.toPlainString() + " °C") + ", Q2 = " + q2.stripTrailingZeros().toPlainString() + ", " + f.text;
        return Mpe.symmetric(row.pct.multiply(f.value), "%", ed, basis, ed.verified() && row.verified && t.q2Verified && f.verified);
    }

    // ---------------------------------------------------------------- diaphragm gas meters

    static final class GasTable {
        final Map<String, PctRow> rows;
        final BigDecimal qtOverQmax;
        final boolean qtVerified;
        final KindRule kinds;

        GasTable(Map<String, PctRow> rows, BigDecimal qtOverQmax, boolean qtVerified, KindRule kinds) {
            this.rows = rows;
            this.qtOverQmax = qtOverQmax;
            this.qtVerified = qtVerified;
            this.kinds = kinds;
        }

        static GasTable compile(RuleTable t) {
            Map<String, PctRow> rows = new HashMap<>();
            for (Map<String, String> row : t.rows()) {
                rows.put(new BigDecimal(row.get("class")).stripTrailingZeros().toPlainString() + "/" + row.get("zone"),
                        new PctRow(valueOrNull(row, "mpe_pct"), "V".equals(row.get("tag"))));
            }
            return new GasTable(rows, new BigDecimal(t.parameter("qt-over-qmax")), "V".equals(t.parameter("qt-over-qmax-tag", "M")),
                    KindRule.of(t));
        }
    }

    /**
     * MPE (%) of a diaphragm gas meter at flow rate q, JJG 577-2012: q_min ≤ q < q_t and q_t ≤ q ≤ q_max,
     * q_t = 0.1 q_max; in-service inspection twice the verification MPE.
     */
    public Mpe gasMeter(BigDecimal meterClass, BigDecimal q, BigDecimal qmin, BigDecimal qmax, VerificationKind kind, LocalDate date) {
        Refusals.required(kind, "kind", GAS_METER);
        Refusals.required(date, "verificationDate", GAS_METER);
        Editions.Entry<GasTable> entry = gasMeters.at(date);
        GasTable t = entry.value();
        RuleEdition ed = entry.table().edition();
        String r = ed.citation();
        Refusals.required(meterClass, "class", r);
        Refusals.required(q, "q", r);
        Refusals.required(qmin, "qmin", r);
        Refusals.required(qmax, "qmax", r);
        String cls = meterClass.stripTrailingZeros().toPlainString();
        if (!t.rows.containsKey(cls + "/LOWER")) {
            throw Refusals.badInput("class", r, "gas meter accuracy class must be 1.0 or 1.5, got " + meterClass.toPlainString(),
                    "膜式燃气表准确度等级应为 1.0 或 1.5，实为 " + meterClass.toPlainString());
        }
        BigDecimal qt = qmax.multiply(t.qtOverQmax);
        if (qmin.signum() <= 0 || qmin.compareTo(qt) >= 0) {
            throw Refusals.badInput("qmin", r, "need 0 < q_min < q_t = 0.1 q_max, got q_min = " + qmin.toPlainString(),
                    "应满足 0 < q_min < q_t，实为 q_min = " + qmin.toPlainString());
        }
        if (q.compareTo(qmin) < 0 || q.compareTo(qmax) > 0) {
            throw Refusals.badInput("q", r, "flow rate " + q.toPlainString() + " is outside q_min … q_max", "流量点 " + q.toPlainString() + " 不在 q_min … q_max 范围内");
        }
        boolean lower = q.compareTo(qt) < 0;
        Factor f = t.kinds.factor(kind, GAS_METER, ed, date);
        PctRow row = t.rows.get(cls + "/" + (lower ? "LOWER" : "UPPER"));
        String basis = "class " + cls + ", " + (lower ? "q_min ≤ q < q_t" : "q_t ≤ q ≤ q_max") + ", q_t = "
                + qt.stripTrailingZeros().toPlainString() + ", " + f.text;
        return Mpe.symmetric(row.pct.multiply(f.value), "%", ed, basis, ed.verified() && row.verified && t.qtVerified && f.verified);
    }

    // ---------------------------------------------------------------- infrared ear thermometers

    static final class EarTable {
        final BigDecimal from;
        final BigDecimal to;
        final PctRow inside;
        final PctRow outside;
        final KindRule kinds;

        EarTable(BigDecimal from, BigDecimal to, PctRow inside, PctRow outside, KindRule kinds) {
            this.from = from;
            this.to = to;
            this.inside = inside;
            this.outside = outside;
            this.kinds = kinds;
        }

        static EarTable compile(RuleTable t) {
            BigDecimal from = null;
            BigDecimal to = null;
            PctRow in = null;
            PctRow out = null;
            for (Map<String, String> row : t.rows()) {
                PctRow p = new PctRow(valueOrNull(row, "mpe_c"), "V".equals(row.get("tag")));
                if ("inside".equals(row.get("band"))) {
                    from = RuleTable.decimal(row, "from_c");
                    to = RuleTable.decimal(row, "to_c");
                    in = p;
                } else {
                    out = p;
                }
            }
            return new EarTable(from, to, in, out, KindRule.of(t));
        }
    }

    /** MPE (°C) of an infrared ear thermometer at a reference temperature, JJG 1164-2019 (35.0–42.0 °C inclusive). */
    public Mpe earThermometer(BigDecimal referenceC, VerificationKind kind, LocalDate date) {
        Refusals.required(kind, "kind", EAR_THERMOMETER);
        Refusals.required(date, "verificationDate", EAR_THERMOMETER);
        Editions.Entry<EarTable> entry = earThermometers.at(date);
        EarTable t = entry.value();
        RuleEdition ed = entry.table().edition();
        Refusals.required(referenceC, "referenceTemperature", ed.citation());
        Factor f = t.kinds.factor(kind, EAR_THERMOMETER, ed, date);
        boolean inside = referenceC.compareTo(t.from) >= 0 && referenceC.compareTo(t.to) <= 0;
        PctRow row = inside ? t.inside : t.outside;
        if (row == null || row.pct == null) {
            throw new NotObtainedException(EAR_THERMOMETER, ed.regulation(), date, "MPE not obtained", "最大允许误差未取得");
        }
        String basis = (inside ? "within " : "outside ") + t.from.toPlainString() + "–" + t.to.toPlainString() + " °C, " + f.text;
        return Mpe.symmetric(row.pct.multiply(f.value), "°C", ed, basis, ed.verified() && row.verified && f.verified);
    }

    // ---------------------------------------------------------------- sphygmomanometers

    record Limits(BigDecimal lower, BigDecimal upper, boolean verified) {
    }

    static final class SphygTable {
        final Limits zero;
        final Map<VerificationKind, Limits> indication;

        SphygTable(Limits zero, Map<VerificationKind, Limits> indication) {
            this.zero = zero;
            this.indication = indication;
        }

        static SphygTable compile(RuleTable t) {
            Limits zero = null;
            Map<VerificationKind, Limits> ind = new EnumMap<>(VerificationKind.class);
            for (Map<String, String> row : t.rows()) {
                Limits l = new Limits(valueOrNull(row, "lower_kpa"), valueOrNull(row, "upper_kpa"), "V".equals(row.get("tag")));
                if ("zero".equals(row.get("quantity"))) {
                    zero = l;
                } else {
                    ind.put(VerificationKind.valueOf(row.get("kind")), l);
                }
            }
            return new SphygTable(zero, ind);
        }
    }

    /** MPE (kPa) of a sphygmomanometer's indication, JJG 270-2008: ±0.4 first, ±0.5 subsequent and in service. */
    public Mpe sphygmomanometer(VerificationKind kind, LocalDate date) {
        Refusals.required(kind, "kind", SPHYGMOMANOMETER);
        Refusals.required(date, "verificationDate", SPHYGMOMANOMETER);
        Editions.Entry<SphygTable> entry = sphygmomanometers.at(date);
        RuleEdition ed = entry.table().edition();
        Limits l = entry.value().indication.get(kind);
        if (l == null || l.lower == null || l.upper == null) {
            throw new NotObtainedException(SPHYGMOMANOMETER, ed.regulation(), date, "MPE for " + kind.en() + " not obtained",
                    kind.zh() + "的最大允许误差未取得");
        }
        return new Mpe(l.lower, l.upper, "kPa", ed, "indication, " + kind.en(), ed.verified() && l.verified);
    }

    /** Permissible zero error (kPa) of a sphygmomanometer, JJG 270-2008: −0.2 … +0.5 kPa. */
    public Mpe sphygmomanometerZero(LocalDate date) {
        Refusals.required(date, "verificationDate", SPHYGMOMANOMETER);
        Editions.Entry<SphygTable> entry = sphygmomanometers.at(date);
        RuleEdition ed = entry.table().edition();
        Limits l = entry.value().zero;
        if (l == null || l.lower == null || l.upper == null) {
            throw new NotObtainedException(SPHYGMOMANOMETER, ed.regulation(), date, "zero error limits not obtained", "零位误差限未取得");
        }
        return new Mpe(l.lower, l.upper, "kPa", ed, "zero error", ed.verified() && l.verified);
    }

    // ---------------------------------------------------------------- helpers

    private static BigDecimal valueOrNull(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() || NOT_OBTAINED.equals(v.strip().toUpperCase(Locale.ROOT)) ? null : new BigDecimal(v.strip());
    }

    /** The rule ids this class reads. */
    public static List<String> ruleIds() {
        return List.of(SCALE, PRICE_COMPUTING_SCALE, FUEL_DISPENSER, WATER_METER, GAS_METER, EAR_THERMOMETER, SPHYGMOMANOMETER);
    }
}
