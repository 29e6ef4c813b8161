package org.metrolex.comparison.document;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.metrolex.comparison.domain.ComparisonChart;

/**
 * The comparison chart as a PNG for the PDF report (embedded as a data URI): the same drawing as the page's SVG,
 * painted with Java2D at twice the layout size for print, in the shipped Noto Sans SC (docs/adr/0008-certificate-font.md)
 * so Chinese labels render on a machine with no fonts installed. Headless: no display is needed.
 */
public final class ComparisonChartPng {

    /** The font the certificate PDFs ship with (platform.pdf.HtmlPdf). */
    static final String FONT_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    /** Device pixels per layout unit: a 720-unit chart is 1440 px wide, about 12 cm at 300 dpi. */
    public static final int SCALE = 2;

    private static volatile Font font;

    private ComparisonChartPng() {
    }

    public static byte[] render(ComparisonChart chart, ChartLabels labels) {
        ChartDrawing drawing = new ChartDrawing(chart, labels);
        BufferedImage image = new BufferedImage((int) Math.ceil(drawing.width * SCALE), (int) Math.ceil(drawing.height * SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            drawing.paint(new Java2d(g, font()));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("comparison chart PNG could not be written", e);
        }
        return out.toByteArray();
    }

    static Font font() {
        Font f = font;
        if (f == null) {
            try (InputStream in = ComparisonChartPng.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONT_RESOURCE + " is not on the classpath");
                }
                f = Font.createFont(Font.TRUETYPE_FONT, in);
                font = f;
            } catch (IOException e) {
                throw new UncheckedIOException("font " + FONT_RESOURCE + " could not be read", e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + FONT_RESOURCE + " is not a TrueType font", e);
            }
        }
        return f;
    }

    private record Java2d(Graphics2D g, Font font) implements Canvas {

        @Override
        public void rect(double x, double y, double w, double h, String fill, double opacity) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
            g.setColor(Color.decode(fill));
            g.fill(new Rectangle2D.Double(x, y, w, h));
            g.setComposite(AlphaComposite.SrcOver);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            g.setColor(Color.decode(stroke));
            g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0)
                    : new BasicStroke((float) width));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void circle(double cx, double cy, double r, String fill, String stroke) {
            Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(Color.decode(fill));
            g.fill(e);
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke(1.2f));
            g.draw(e);
        }

        @Override
        public void text(double x, double y, String text, double size, String fill, Anchor anchor, double rotate, boolean bold) {
            Font f = font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
            g.setFont(f);
            g.setColor(Color.decode(fill));
            double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
            double dx = switch (anchor) {
                case START -> 0;
                case MIDDLE -> -w / 2;
                case END -> -w;
            };
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            g.rotate(Math.toRadians(rotate));
            g.drawString(text, (float) dx, 0f);
            g.setTransform(saved);
        }

        @Override
        public void group(String cssClass, String tooltip) {
            // a raster has no groups or tooltips
        }

        @Override
        public void endGroup() {
            // a raster has no groups or tooltips
        }
    }
}
