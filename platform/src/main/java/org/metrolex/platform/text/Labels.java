package org.metrolex.platform.text;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way to name an enum value to a person: its label comes from the message bundles under
 * {@code label.<enum type>.<CONSTANT>} ({@code i18n/labels*.properties}), read through the application's one
 * MessageSource. Pages use {@code page.label(value)} (PageContext, same key); Java code that writes for people
 * outside a page (PDFs, exports, notices) injects this class. Enums carry no Chinese or English text of their own.
 */
@Component
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The bundle key of a value's label, e.g. {@code label.StopReason.SUSPENSION}. */
    public static String key(Enum<?> value) {
        return "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** The label in the given language; the key itself when the bundles lack it (a test of the bundles finds that). */
    public String label(Enum<?> value, Locale locale) {
        return value == null ? "" : messages.getMessage(key(value), null, key(value), locale);
    }

    public String zh(Enum<?> value) {
        return label(value, Locale.CHINESE);
    }

    public String en(Enum<?> value) {
        return label(value, Locale.ENGLISH);
    }
}
