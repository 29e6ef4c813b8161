package org.metrolex.platform.web;

import java.util.List;
import java.util.function.Supplier;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Post, then redirect — also when the input was refused: the form page is always shown by a GET, so a
 * reload re-submits nothing and switching the language never lands on a POST-only address (405).
 * The errors and what the user entered travel to that GET once, as flash attributes.
 */
public final class Forms {

    /** The flash attribute holding what the user entered, for the form page to show it again. */
    public static final String ENTERED = "entered";

    private Forms() {
    }

    /** Done: back to {@code url} with a message key to show once. */
    public static String done(RedirectAttributes redirect, String url, String flashKey) {
        redirect.addFlashAttribute("flash", flashKey);
        return "redirect:" + url;
    }

    /**
     * Refused: back to the form at {@code url} with the errors. A refusal that is not about the input
     * (not found, not allowed) is not the form's to show and goes to the error page.
     */
    public static String back(RedirectAttributes redirect, String url, RuleViolation v) {
        return back(redirect, url, null, v, null);
    }

    /** Refused, with what the user entered (shown again on the form). */
    public static String back(RedirectAttributes redirect, String url, RuleViolation v, Object entered) {
        return back(redirect, url, null, v, entered);
    }

    /** Refused, on one of several forms of the page (named as in {@link FormErrors#in(String)}). */
    public static String back(RedirectAttributes redirect, String url, String form, RuleViolation v, Object entered) {
        if (v.status() == 403 || v.status() == 404) {
            throw v;
        }
        return back(redirect, url, form, v.errors(), entered);
    }

    public static String back(RedirectAttributes redirect, String url, String form, List<FieldError> errors, Object entered) {
        redirect.addFlashAttribute(FormErrors.ATTRIBUTE, FormErrors.of(form, errors));
        if (entered != null) {
            redirect.addFlashAttribute(ENTERED, entered);
        }
        return "redirect:" + url;
    }

    /** What the user entered on the form that failed just before this GET, or {@code otherwise} (a fresh or stored form). */
    public static <T> T entered(Model model, Class<T> type, Supplier<T> otherwise) {
        Object v = model.getAttribute(ENTERED);
        return type.isInstance(v) ? type.cast(v) : otherwise.get();
    }
}
