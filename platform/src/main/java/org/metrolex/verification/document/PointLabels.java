package org.metrolex.verification.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.metrolex.metrology.conformity.ResultLabel;

/**
 * The words of a result row in Chinese with English as secondary text. metrology-core names its rows in machine
 * English ("load", "eccentricity 1", "Qmax run 2", "Q = 2.5"); the certificate is a Chinese document, so the stored
 * label is read back to its {@link ResultLabel} key and the words come from the message bundle
 * {@code i18n/verification-ui} ({@value #KEY}{@code <KEY>}), the numbers and flow-point names as they are. Applied
 * when rendering, so certificates signed before keep their stored labels and still print in Chinese.
 */
public final class PointLabels {

    /** The bundle key of a result label: this prefix and the {@link ResultLabel} constant's name. */
    public static final String KEY = "result.label.";

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
        return label(ResultLabel.readPoint(raw), raw);
    }

    /** A repeatability row: a scale's is named by its load (a number), a dispenser's by its flow point. */
    static Label repeatability(String raw) {
        return label(ResultLabel.readRepeatability(raw), raw);
    }

    private static Label label(Optional<ResultLabel.Read> read, String raw) {
        if (read.isEmpty()) {
            return new Label(raw == null ? null : raw.strip(), null);
        }
        Object[] args = read.get().args().toArray();
        String key = KEY + read.get().key().name();
        String zh = MessageFormat.format(ZH.getString(key), args);
        String en = MessageFormat.format(EN.getString(key), args);
        return new Label(zh, en.equals(zh) ? null : en);
    }
}
