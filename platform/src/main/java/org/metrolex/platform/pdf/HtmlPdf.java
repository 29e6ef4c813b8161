package org.metrolex.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders filled XHTML templates to PDF with the shipped Noto Sans SC only (docs/adr/0008-certificate-font.md):
 * nothing is looked up on the host. Used by certificates, lot reports and licences.
 */
public final class HtmlPdf {

    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String FONT_RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private static volatile byte[] font;

    private HtmlPdf() {
    }

    /** The PDF of {@code xhtml}; {@code what} names the document in the error if it cannot be rendered. */
    public static byte[] render(String xhtml, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            byte[] ttf = font();
            // One file for both weights: the templates set headings apart by size, and a missing bold
            // face would otherwise fall back to a base-14 font with no Chinese glyphs.
            builder.useFont(() -> new ByteArrayInputStream(ttf), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(ttf), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    /**
     * The XHTML template at classpath {@code resource} (UTF-8) with every {@code {{name}}} replaced by its value,
     * which the caller has already escaped; a placeholder without a value is a programming error.
     */
    public static String fill(String resource, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(new String(read(resource), StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + resource + ": placeholder {{" + m.group(1) + "}} has no value");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Escapes text for XHTML; null gives "". XML 1.0 forbids most control characters: they are dropped. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static byte[] font() {
        byte[] f = font;
        if (f == null) {
            synchronized (HtmlPdf.class) {
                f = font;
                if (f == null) {
                    f = read(FONT_RESOURCE);
                    font = f;
                }
            }
        }
        return f;
    }

    private static byte[] read(String resource) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }
}
