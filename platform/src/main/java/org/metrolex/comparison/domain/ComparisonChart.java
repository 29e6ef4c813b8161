package org.metrolex.comparison.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.metrolex.metrology.comparison.LabResult;
import org.metrolex.metrology.comparison.Performance;
import org.metrolex.metrology.rounding.ReportedResult;

/**
 * The classic comparison chart (JJF 1117-2010 reports; CCM key-comparison style): each laboratory's value with its
 * ±U bar, the reference value as a line with its ±U_Y band, on one value axis with "nice" ticks (1, 2 or 5 × 10ⁿ).
 * One model, drawn by the page (SVG) and by the report (PNG) so both show the same thing.
 *
 * @param bars      one per participant, in the order of the evaluation
 * @param reference Y and U_Y
 * @param scale     the value axis; contains every bar and the band
 */
public record ComparisonChart(List<Bar> bars, Reference reference, Scale scale) {

    /** Ticks aimed at: the scale has between about 5 and 13 of them. */
    static final int TARGET_TICKS = 8;

    public ComparisonChart {
        bars = List.copyOf(bars);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(scale, "scale");
    }

    /**
     * One laboratory's bar.
     *
     * @param performance the participant's verdict, colouring the bar; null when not judged (the pilot as reference)
     * @param inReference whether its result entered the reference value
     */
    public record Bar(String labCode, BigDecimal value, BigDecimal expandedUncertainty, Performance performance,
                      boolean inReference) {

        public static Bar of(LabResult r, Performance performance, boolean inReference) {
            return new Bar(r.labId(), r.value(), r.expandedUncertainty(), performance, inReference);
        }

        public double low() {
            return value.subtract(expandedUncertainty).doubleValue();
        }

        public double high() {
            return value.add(expandedUncertainty).doubleValue();
        }
    }

    /**
     * The reference value line and its band.
     *
     * @param value               Y, unrounded
     * @param expandedUncertainty U_Y = k·u(Y), unrounded
     * @param reported            Y ± U_Y rounded for the label (JJF 1059.1 5.3.8)
     */
    public record Reference(double value, double expandedUncertainty, ReportedResult reported) {

        public static Reference of(double value, double expandedUncertainty) {
            return new Reference(value, expandedUncertainty,
                    ReportedResult.of(new BigDecimal(value), new BigDecimal(expandedUncertainty)));
        }

        public double low() {
            return value - expandedUncertainty;
        }

        public double high() {
            return value + expandedUncertainty;
        }
    }

    /**
     * The value axis.
     *
     * @param min   the lowest tick, at the bottom of the plot
     * @param max   the highest tick, at the top
     * @param step  1, 2 or 5 × 10ⁿ
     * @param ticks min, min + step, …, max, with the scale of {@code step} so they print without noise
     */
    public record Scale(BigDecimal min, BigDecimal max, BigDecimal step, List<BigDecimal> ticks) {

        public Scale {
            ticks = List.copyOf(ticks);
        }

        /** Where {@code v} lies on the axis: 0 at min, 1 at max. */
        public double fraction(double v) {
            return (v - min.doubleValue()) / (max.doubleValue() - min.doubleValue());
        }

        public boolean contains(double low, double high) {
            return min.doubleValue() <= low && high <= max.doubleValue();
        }

        /**
         * A nice axis around [low, high] (P. Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990), with 2 %
         * of the span left free at each end so no bar touches the frame.
         */
        public static Scale around(double low, double high) {
            if (!(Double.isFinite(low) && Double.isFinite(high)) || high < low) {
                throw new IllegalArgumentException("scale: low and high must be finite with low ≤ high, got " + low + ", " + high);
            }
            if (high == low) {
                double half = low == 0 ? 0.5 : Math.abs(low) * 0.01;
                low -= half;
                high += half;
            }
            double span = high - low;
            double lo = low - 0.02 * span;
            double hi = high + 0.02 * span;
            // Heckbert takes the step from a nice range; from the span itself it is finer and the bars use more of the plot.
            BigDecimal step = nice((hi - lo) / (TARGET_TICKS - 1));
            int scale = Math.max(0, step.stripTrailingZeros().scale());
            BigDecimal min = new BigDecimal(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step).setScale(scale);
            BigDecimal max = new BigDecimal(hi).divide(step, 0, RoundingMode.CEILING).multiply(step).setScale(scale);
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return new Scale(min, max, step.setScale(scale), ticks);
        }

        /** 1, 2, 5 or 10 × 10ⁿ nearest {@code x} (Heckbert's niceNum, rounding). */
        static BigDecimal nice(double x) {
            int exponent = (int) Math.floor(Math.log10(x));
            double fraction = x / Math.pow(10, exponent);
            int nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
            return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
        }
    }

    /** The chart of an evaluated point, bars coloured by each participant's verdict. */
    public static ComparisonChart of(RoundEvaluation evaluation) {
        List<Bar> bars = evaluation.participants().stream()
                .map(p -> Bar.of(p.result(), p.scored() ? p.verdict().performance() : null, p.inReference()))
                .toList();
        return of(bars, Reference.of(evaluation.reference().value(), evaluation.referenceExpandedUncertainty()));
    }

    /** The chart of given bars and reference; the scale is chosen to contain them all. */
    public static ComparisonChart of(List<Bar> bars, Reference reference) {
        double low = reference.low();
        double high = reference.high();
        for (Bar b : bars) {
            low = Math.min(low, b.low());
            high = Math.max(high, b.high());
        }
        return new ComparisonChart(bars, reference, Scale.around(low, high));
    }
}
