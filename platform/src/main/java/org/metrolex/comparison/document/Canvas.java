package org.metrolex.comparison.document;

/**
 * The few drawing operations the chart needs, in layout units (1 unit = 1 CSS pixel of the SVG viewBox): one
 * drawing routine ({@link ChartDrawing}) paints both the SVG and the PNG, so page and report agree.
 */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double w, double h, String fill, double opacity);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    void circle(double cx, double cy, double r, String fill, String stroke);

    /** Text whose baseline starts, centres or ends at (x, y), turned by {@code rotate} degrees about that point. */
    void text(double x, double y, String text, double size, String fill, Anchor anchor, double rotate, boolean bold);

    /** Starts a group for one element of the chart; {@code tooltip} is its accessible name where the format has one. */
    void group(String cssClass, String tooltip);

    void endGroup();
}
