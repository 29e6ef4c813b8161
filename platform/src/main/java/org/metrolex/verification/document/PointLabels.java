package org.metrolex.verification.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a result row in Chinese with English as secondary text. metrology-core names its points in
 * machine terms ("load", "eccentricity 1", "Qmax run 2", "Q = 2.5"); the certificate is a Chinese document, so
 * the words come from the message bundle {@code i18n/verification-ui} (keys {@code certificate.point.*}), the
 * numbers and flow-point names as they are. Applied when rendering, so certificates signed before keep their
 * stored labels and still print in Chinese.
 */
final class PointLabels {

    private static final Pattern ECCENTRICITY = Pattern.compile("eccentricity (\\d+)");
    private static final Pattern MEAN = Pattern.compile("(.+) \\(mean of (\\d+) runs\\)");
    private static final Pattern RUN = Pattern.compile("(.+) run (\\d+)");
    private static final Pattern FLOW = Pattern.compile("([Qq] = .+)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final ResourceBundle ZH = bundle(Locale.ROOT);
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);

    private PointLabels() {
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/verification-ui", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A label in both languages; {@code en} is null when the label has no words to translate (a value with its unit). */
    record Label(String zh, String en) {
    }

    static Label point(String raw) {
        if (raw == null) {
            return new Label(null, null);
        }
        String s = raw.strip();
        if (s.equals("load") || s.equals("zero")) {
            return label("certificate.point." + s);
        }
        Matcher m = ECCENTRICITY.matcher(s);
        if (m.matches()) {
            return label("certificate.point.eccentricity", m.group(1));
        }
        m = MEAN.matcher(s);
        if (m.matches()) {
            return label("certificate.point.mean", m.group(1), m.group(2));
        }
        m = RUN.matcher(s);
        if (m.matches()) {
            return label("certificate.point.run", m.group(1), m.group(2));
        }
        m = FLOW.matcher(s);
        if (m.matches()) {
            return label("certificate.point.flow", m.group(1));
        }
        return new Label(s, null);
    }

    /** A repeatability row: a scale's is named by its load (a number), a dispenser's by its flow point. */
    static Label repeatability(String raw) {
        if (raw != null && NUMBER.matcher(raw.strip()).matches()) {
            return label("certificate.repeatability.load", raw.strip());
        }
        return point(raw);
    }

    private static Label label(String key, Object... args) {
        return new Label(MessageFormat.format(ZH.getString(key), args), MessageFormat.format(EN.getString(key), args));
    }
}
