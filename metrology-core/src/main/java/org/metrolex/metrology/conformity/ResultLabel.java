package org.metrolex.metrology.conformity;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every wording a result row can carry: the names of test points ({@link PointResult#label()}), of repeatability
 * rows ({@link RepeatabilityResult#label()}) and the repeatability methods ({@link RepeatabilityResult#method()}).
 * The labels are machine English ("load", "eccentricity 1", "Qmax run 2"), stored as such in readings, signed
 * certificates and the command line's output; a page or a document names the constant (its key) and says it in its
 * own language, with the arguments (numbers, flow-point names, citations) as they are. {@link #read} recovers the
 * key from a stored label, so documents signed before keep printing in the reader's language.
 *
 * <p>The Chinese pattern here serves this library's own bilingual reasons ({@link Reason#zh()}); pages take their
 * words from the platform's message bundles, keyed by the constant's name.
 */
public enum ResultLabel {

    /** A scale's test load (JJG 539 / OIML R 76-1 A.4.4); the load itself is the point's nominal value. */
    LOAD("load", "称量", "load"),
    /** The eccentricity test, position n (OIML R 76-1 A.4.7). */
    ECCENTRICITY("eccentricity {0}", "偏载 第{0}点", "eccentricity (\\d+)"),
    /** A sphygmomanometer's zero (JJG 270-2008). */
    ZERO("zero", "零点", "zero"),
    /** A fuel dispenser's flow point where the edition takes the mean of the runs (JJG 443-2006 7.7). */
    FLOW_POINT_MEAN("{0} (mean of {1} runs)", "{0}（{1}次平均）", "(.+) \\(mean of (\\d+) runs\\)"),
    /** One run at a fuel dispenser's flow point. */
    FLOW_POINT_RUN("{0} run {1}", "{0} 第{1}次", "(.+) run (\\d+)"),
    /** A water meter's flow rate Q (JJG 162-2019). */
    WATER_FLOW_RATE("Q = {0}", "流量 Q = {0}", "Q = (.+)"),
    /** A gas meter's flow rate q (JJG 577-2012). */
    GAS_FLOW_RATE("q = {0}", "流量 q = {0}", "q = (.+)"),
    /** An ear thermometer's reference temperature (JJG 1164-2019). */
    TEMPERATURE("{0} °C", "{0} °C", "(-?[0-9.]+) °C"),
    /** A sphygmomanometer's standard pressure (JJG 270-2008). */
    PRESSURE("{0} kPa", "{0} kPa", "(-?[0-9.]+) kPa"),
    /** A scale's repeatability row, named by its load (a number). */
    REPEATABILITY_LOAD("{0}", "称量 {0}", "(-?[0-9.]+)"),
    /** A fuel dispenser's flow point as the readings name it (its repeatability row, or its only run); any other label reads as this. */
    FLOW_POINT("{0}", "{0}", "(.+)"),
    /** The scales' repeatability method (OIML R 76-1 3.6.1). */
    METHOD_SCALE_RANGE("max − min of the results of weighings of the same load ≤ |MPE| (OIML R 76-1 3.6.1)",
            "同一载荷多次称量结果的最大值与最小值之差 ≤ |MPE|（OIML R 76-1 3.6.1）",
            "max − min of the results of weighings of the same load ≤ \\|MPE\\| \\(OIML R 76-1 3\\.6\\.1\\)"),
    /** A dispenser's repeatability as the range of the run errors; the argument is the edition's citation. */
    METHOD_RANGE("E_max − E_min ({0})", "E_max − E_min（{0}）", "E_max − E_min \\((.+)\\)"),
    /** A dispenser's repeatability as the range over d_n (range method). */
    METHOD_RANGE_OVER_DN("(E_max − E_min)/d_n, d_n = {0} for {1} runs ({2})", "(E_max − E_min)/d_n，{1} 次测量 d_n = {0}（{2}）",
            "\\(E_max − E_min\\)/d_n, d_n = ([0-9.]+) for (\\d+) runs \\((.+)\\)");

    private final String english;
    private final String chinese;
    private final Pattern pattern;

    ResultLabel(String english, String chinese, String regex) {
        this.english = english;
        this.chinese = chinese;
        this.pattern = Pattern.compile(regex);
    }

    /** The label as this library writes it (machine English, stored with readings and certificates). */
    public String format(Object... args) {
        return new MessageFormat(english, Locale.ROOT).format(args);
    }

    /** The label in Chinese, for this library's own reasons. */
    public String chinese(Object... args) {
        return new MessageFormat(chinese, Locale.ROOT).format(args);
    }

    /** A stored label read back: its key and arguments. */
    public record Read(ResultLabel key, List<String> args) {

        public Read {
            args = List.copyOf(args);
        }

        public String chinese() {
            return key.chinese(args.toArray());
        }
    }

    /** The labels a point row can carry, most specific first (a flow point's name matches anything). */
    private static final List<ResultLabel> POINTS = List.of(LOAD, ZERO, ECCENTRICITY, FLOW_POINT_MEAN, FLOW_POINT_RUN,
            WATER_FLOW_RATE, GAS_FLOW_RATE, TEMPERATURE, PRESSURE, FLOW_POINT);
    private static final List<ResultLabel> REPEATABILITY = List.of(REPEATABILITY_LOAD, FLOW_POINT);
    private static final List<ResultLabel> METHODS = List.of(METHOD_SCALE_RANGE, METHOD_RANGE_OVER_DN, METHOD_RANGE);

    /** A point row's label read back; empty for a blank label. */
    public static Optional<Read> readPoint(String label) {
        return read(label, POINTS);
    }

    /** A repeatability row's label read back: a scale's names its load, a dispenser's its flow point. */
    public static Optional<Read> readRepeatability(String label) {
        return read(label, REPEATABILITY);
    }

    /** A repeatability method read back; empty for one this library does not write. */
    public static Optional<Read> readMethod(String method) {
        return read(method, METHODS);
    }

    static Optional<Read> read(String label, List<ResultLabel> candidates) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String s = label.strip();
        for (ResultLabel k : candidates) {
            Matcher m = k.pattern.matcher(s);
            if (m.matches()) {
                List<String> args = new ArrayList<>(m.groupCount());
                for (int g = 1; g <= m.groupCount(); g++) {
                    args.add(m.group(g));
                }
                return Optional.of(new Read(k, args));
            }
        }
        return Optional.empty();
    }
}
