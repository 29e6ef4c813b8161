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
public class Labels implements EnumNames {

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

    /**
     * The constant's name when {@code text} is its Chinese label, as files and forms written by people may carry it
     * (e.g. 加油站 for GAS_STATION); the text unchanged otherwise, so a domain check that accepts codes reports it.
     */
    public <E extends Enum<E>> String code(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (E value : type.getEnumConstants()) {
            if (zh(value).equals(t)) {
                return value.name();
            }
        }
        return text;
    }

    @Override
    public String zh(Enum<?> value) {
        return label(value, Locale.CHINESE);
    }

    @Override
    public String en(Enum<?> value) {
        return label(value, Locale.ENGLISH);
    }
}
