package org.metrolex.comparison.document;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.comparison.document.Canvas.Anchor;
import org.metrolex.comparison.domain.ComparisonChart;
import org.metrolex.comparison.domain.ComparisonChart.Bar;
import org.metrolex.metrology.comparison.Performance;

/**
 * Lays out and paints a {@link ComparisonChart}: value axis on the left, one slot per laboratory, the reference band
 * behind the bars. The width grows with the number of laboratories (a 77-laboratory round stays readable); lab codes
 * are turned upright when they no longer fit side by side.
 */
final class ChartDrawing {

    static final String INK = "#263238";
    static final String GRID = "#e3e7ea";
    static final String REFERENCE = "#2e7d32";
    static final String BAND = "#a5d6a7";
    private static final Map<Performance, String> COLOURS = Map.of(
            Performance.SATISFACTORY, "#1565c0", Performance.QUESTIONABLE, "#ef8f00", Performance.UNSATISFACTORY, "#c62828");
    private static final String NOT_JUDGED = "#546e7a";

    private static final double LEFT = 84;
    private static final double RIGHT = 24;
    private static final double TOP = 78;
    private static final double PLOT_HEIGHT = 300;
    private static final double MIN_SLOT = 17;
    private static final double MIN_WIDTH = 720;

    private final ComparisonChart chart;
    private final ChartLabels labels;
    final double width;
    final double height;
    private final double slot;
    private final boolean upright;

    ChartDrawing(ComparisonChart chart, ChartLabels labels) {
        this.chart = chart;
        this.labels = labels;
        int n = Math.max(1, chart.bars().size());
        this.width = Math.max(MIN_WIDTH, LEFT + RIGHT + n * MIN_SLOT);
        this.slot = (width - LEFT - RIGHT) / n;
        int longest = chart.bars().stream().mapToInt(b -> b.labCode().length()).max().orElse(1);
        this.upright = longest * 7.5 + 6 > slot;
        this.height = TOP + PLOT_HEIGHT + (upright ? 24 + longest * 7.0 : 30) + 26;
    }

    double x(int index) {
        return LEFT + (index + 0.5) * slot;
    }

    double y(double value) {
        return TOP + PLOT_HEIGHT * (1 - chart.scale().fraction(value));
    }

    void paint(Canvas c) {
        c.rect(0, 0, width, height, "#ffffff", 1);
        c.text(LEFT, 28, labels.title(), 17, INK, Anchor.START, 0, true);
        legend(c);
        axis(c);
        reference(c);
        for (int i = 0; i < chart.bars().size(); i++) {
            bar(c, i, chart.bars().get(i));
        }
        c.line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, INK, 1, false);
        c.line(LEFT, TOP + PLOT_HEIGHT, width - RIGHT, TOP + PLOT_HEIGHT, INK, 1, false);
        c.text((LEFT + width - RIGHT) / 2, height - 10, labels.participantsAxis(), 13, INK, Anchor.MIDDLE, 0, false);
    }

    private void legend(Canvas c) {
        double x = LEFT;
        double y = 54;
        c.group("legend", null);
        c.line(x, y - 4, x + 22, y - 4, REFERENCE, 2, false);
        x = legendText(c, x + 28, y, labels.reference() + " = " + plain(chart.reference().reported().value()));
        c.rect(x, y - 11, 22, 12, BAND, 0.55);
        x = legendText(c, x + 28, y, labels.band() + " (U = " + plain(chart.reference().reported().uncertainty()) + ")");
        for (Map.Entry<Performance, String> e : present().entrySet()) {
            c.circle(x + 6, y - 4, 4.5, e.getValue(), "#ffffff");
            x = legendText(c, x + 16, y, e.getKey() == null ? labels.notJudged() : label(e.getKey()));
        }
        c.endGroup();
    }

    private double legendText(Canvas c, double x, double y, String text) {
        c.text(x, y, text, 12, INK, Anchor.START, 0, false);
        return x + TextWidth.of(text, 12) + 16;
    }

    /** The performances that occur, in the order satisfactory, questionable, unsatisfactory, not judged. */
    private Map<Performance, String> present() {
        Map<Performance, String> present = new LinkedHashMap<>();
        for (Performance p : Performance.values()) {
            if (chart.bars().stream().anyMatch(b -> b.performance() == p)) {
                present.put(p, COLOURS.get(p));
            }
        }
        if (chart.bars().stream().anyMatch(b -> b.performance() == null)) {
            present.put(null, NOT_JUDGED);
        }
        return present;
    }

    private String label(Performance p) {
        return switch (p) {
            case SATISFACTORY -> labels.satisfactory();
            case QUESTIONABLE -> labels.questionable();
            case UNSATISFACTORY -> labels.unsatisfactory();
        };
    }

    private void axis(Canvas c) {
        c.group("axis", null);
        List<BigDecimal> ticks = chart.scale().ticks();
        for (BigDecimal t : ticks) {
            double y = y(t.doubleValue());
            c.line(LEFT, y, width - RIGHT, y, GRID, 1, false);
            c.line(LEFT - 5, y, LEFT, y, INK, 1, false);
            c.text(LEFT - 8, y + 4, plain(t), 12, INK, Anchor.END, 0, false);
        }
        c.text(20, TOP + PLOT_HEIGHT / 2, labels.valueAxis(), 13, INK, Anchor.MIDDLE, -90, false);
        c.endGroup();
    }

    private void reference(Canvas c) {
        ComparisonChart.Reference r = chart.reference();
        c.group("reference", labels.reference() + " = " + plain(r.reported().value()) + " ± " + plain(r.reported().uncertainty()));
        double top = y(r.high());
        c.rect(LEFT, top, width - RIGHT - LEFT, y(r.low()) - top, BAND, 0.45);
        // dashed edges keep the band readable on a black-and-white print of the report
        c.line(LEFT, top, width - RIGHT, top, REFERENCE, 0.8, true);
        c.line(LEFT, y(r.low()), width - RIGHT, y(r.low()), REFERENCE, 0.8, true);
        c.line(LEFT, y(r.value()), width - RIGHT, y(r.value()), REFERENCE, 2, false);
        c.endGroup();
    }

    private void bar(Canvas c, int i, Bar b) {
        String colour = b.performance() == null ? NOT_JUDGED : COLOURS.get(b.performance());
        String state = b.performance() == null ? labels.notJudged() : label(b.performance());
        c.group("bar", b.labCode() + ": " + plain(b.value()) + " ± " + plain(b.expandedUncertainty()) + " (" + state + ")");
        double x = x(i);
        double cap = Math.min(6, slot * 0.3);
        c.line(x, y(b.high()), x, y(b.low()), colour, 1.6, false);
        c.line(x - cap, y(b.high()), x + cap, y(b.high()), colour, 1.6, false);
        c.line(x - cap, y(b.low()), x + cap, y(b.low()), colour, 1.6, false);
        c.circle(x, y(b.value().doubleValue()), Math.min(4.5, slot * 0.28), colour, "#ffffff");
        double base = TOP + PLOT_HEIGHT;
        if (upright) {
            c.text(x + 4, base + 8, b.labCode(), 11, INK, Anchor.END, -90, false);
        } else {
            c.text(x, base + 18, b.labCode(), 12, INK, Anchor.MIDDLE, 0, false);
        }
        c.endGroup();
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** Approximate advance of a text, enough to place legend entries: CJK glyphs are one em, Latin about 0.54 em. */
    static final class TextWidth {

        private TextWidth() {
        }

        static double of(String s, double size) {
            double w = 0;
            for (int i = 0; i < s.length(); i++) {
                w += s.charAt(i) > 0x2E7F ? size : size * 0.54;
            }
            return w;
        }
    }
}
