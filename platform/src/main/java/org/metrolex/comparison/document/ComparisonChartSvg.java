package org.metrolex.comparison.document;

import java.util.Locale;
import java.util.regex.Pattern;
import org.metrolex.comparison.domain.ComparisonChart;

/**
 * The comparison chart as an inline {@code <svg>} element for a page: a responsive viewBox (it scales to its
 * container, phone to desktop), no script, lab codes as text, and an accessible name and description (WAI-ARIA
 * {@code role="img"} with {@code aria-labelledby}). Each laboratory's bar is a {@code <g class="bar">} with a
 * {@code <title>}, which browsers show on hover and screen readers read.
 */
public final class ComparisonChartSvg {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private ComparisonChartSvg() {
    }

    /**
     * @param id a prefix for the element ids, unique on the page (two points' charts on one page need two)
     */
    public static String render(ComparisonChart chart, ChartLabels labels, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be a letter followed by letters, digits, '-' or '_', got " + id);
        }
        ChartDrawing drawing = new ChartDrawing(chart, labels);
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(drawing.width)).append(' ')
                .append(n(drawing.height)).append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\"")
                .append(" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" class=\"comparison-chart\" id=\"").append(id).append("\" style=\"max-width:").append(n(drawing.width))
                .append("px;height:auto\" font-family=\"'Noto Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif\">");
        sb.append("<title id=\"").append(id).append("-title\">").append(escape(labels.title())).append("</title>");
        sb.append("<desc id=\"").append(id).append("-desc\">").append(escape(labels.description())).append("</desc>");
        drawing.paint(new Svg(sb));
        return sb.append("</svg>").toString();
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private record Svg(StringBuilder sb) implements Canvas {

        @Override
        public void rect(double x, double y, double w, double h, String fill, double opacity) {
            sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
            if (opacity < 1) {
                sb.append(" fill-opacity=\"").append(opacity).append('"');
            }
            sb.append("/>");
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                    .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                    .append(width).append('"').append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>");
        }

        @Override
        public void circle(double cx, double cy, double r, String fill, String stroke) {
            sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                    .append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"/>");
        }

        @Override
        public void text(double x, double y, String text, double size, String fill, Anchor anchor, double rotate, boolean bold) {
            sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                    .append("\" fill=\"").append(fill).append('"');
            if (anchor != Anchor.START) {
                sb.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
            }
            if (rotate != 0) {
                sb.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
            }
            if (bold) {
                sb.append(" font-weight=\"bold\"");
            }
            sb.append('>').append(escape(text)).append("</text>");
        }

        @Override
        public void group(String cssClass, String tooltip) {
            sb.append("<g class=\"").append(cssClass).append("\">");
            if (tooltip != null) {
                sb.append("<title>").append(escape(tooltip)).append("</title>");
            }
        }

        @Override
        public void endGroup() {
            sb.append("</g>");
        }
    }
}
