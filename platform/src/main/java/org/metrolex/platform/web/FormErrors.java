package org.metrolex.platform.web;

import java.io.Serializable;
import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * The errors of a submitted form as every page shows them: all at once in a summary
 * ({@code common/formErrors.jte}) and each on its field ({@link #invalid(String)} for Bootstrap's
 * {@code is-invalid}, {@code common/fieldError.jte} for the message under it), in the page's language.
 * A page with several forms (one per row) names the form the errors belong to; {@link #in(String)}
 * gives each form its own.
 */
public final class FormErrors implements Serializable {

    /** The model attribute every page template reads; {@link FormErrorsAdvice} puts an empty one in when no form failed. */
    public static final String ATTRIBUTE = "errors";

    private static final FormErrors NONE = new FormErrors(null, List.of());

    private final String form;
    private final List<FieldError> all;

    private FormErrors(String form, List<FieldError> all) {
        this.form = form;
        this.all = List.copyOf(all);
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(List<FieldError> errors) {
        return new FormErrors(null, errors);
    }

    /** The errors of one of several forms on a page, e.g. {@code "rectification-12"}. */
    public static FormErrors of(String form, List<FieldError> errors) {
        return new FormErrors(form, errors);
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public List<FieldError> all() {
        return all;
    }

    /** The form the errors belong to, or null for the page's main form. */
    public String form() {
        return form;
    }

    /** These errors if they belong to the named form, none otherwise. */
    public FormErrors in(String formName) {
        return formName.equals(form) ? this : NONE;
    }

    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Bootstrap's class for a field that broke a rule, empty for one that did not. */
    public String invalid(String field) {
        return has(field) ? "is-invalid" : "";
    }

    /** What is wrong with one field, every rule it broke, in the page's language. */
    public String on(String field, boolean english) {
        return all.stream().filter(e -> e.field().equals(field))
                .map(e -> message(e, english)).reduce((a, b) -> a + (english ? "; " : "；") + b).orElse("");
    }

    public String message(FieldError e, boolean english) {
        return english ? e.messageEn() : e.messageZh();
    }
}
