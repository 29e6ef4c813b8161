package org.metrolex.platform.web;

import java.util.Locale;
import java.util.Map;
import org.metrolex.platform.problem.Problem.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Bilingual field errors from the message bundles: the rule's sentence ({@code form.rule.<rule>})
 * with the field's label ({@code labelKey}, the same key the form shows above the field) in each
 * language, so an error names the field and the rule the way the page does — never its internal name.
 */
@Component
public class FieldMessages {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** An error of {@code field}; {@code args} follow the label in the rule's sentence ({1}, {2}, …). */
    public FieldError error(String field, String labelKey, String rule, Object... args) {
        return new FieldError(field, rule, sentence(ZH, labelKey, rule, args), sentence(Locale.ENGLISH, labelKey, rule, args));
    }

    /** A reader of submitted text fields that collects one such error per bad field. */
    public FormInput read(Map<String, String> values) {
        return new FormInput(this, values);
    }

    private String sentence(Locale locale, String labelKey, String rule, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = messages.getMessage(labelKey, null, labelKey, locale);
        System.arraycopy(args, 0, all, 1, args.length);
        return messages.getMessage("form.rule." + rule, all, locale);
    }
}
