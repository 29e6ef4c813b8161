package org.metrolex.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page that stands between an irreversible action and its execution: it says what will happen,
 * shows the facts it applies to, and posts the action again with {@code confirm=yes}. It is a real
 * page and a real second POST, so it works with any browser and no script; the action's POST without
 * the flag only leads here ({@link #confirmed(String)}).
 *
 * @param titleKey       the question, e.g. "supervision.confirm.draw.title"
 * @param consequenceKey what will happen and that it cannot be undone, with {@code args}
 * @param facts          what the action applies to, label key and value
 * @param action         the action's address (POSTed with the hidden fields and confirm=yes)
 * @param fields         what the user entered on the first form, posted again unchanged
 * @param confirmKey     the confirm button's label
 * @param cancelHref     where "cancel" leads (the page the action started from)
 * @param reasonKey      when not null, a reason must be typed on this page (label key), posted as {@code reasonField}
 * @param reasonField    the request parameter of that reason
 */
public record Confirmation(String titleKey, String consequenceKey, List<Object> args, List<Fact> facts, String action,
                           Map<String, String> fields, String confirmKey, String cancelHref, String reasonKey, String reasonField) {

    /** One line of what the action applies to. */
    public record Fact(String labelKey, String value) {
    }

    public static final String FLAG = "confirm";

    public Confirmation {
        args = List.copyOf(args);
        facts = List.copyOf(facts);
        fields = new LinkedHashMap<>(fields);
    }

    public static Confirmation of(String titleKey, String consequenceKey, List<Object> args, List<Fact> facts, String action,
                                  Map<String, String> fields, String confirmKey, String cancelHref) {
        return new Confirmation(titleKey, consequenceKey, args, facts, action, fields, confirmKey, cancelHref, null, null);
    }

    /** The same confirmation, asking on the page for a reason the action needs. */
    public Confirmation askingReason(String labelKey, String field) {
        Map<String, String> rest = new LinkedHashMap<>(fields);
        rest.remove(field);
        return new Confirmation(titleKey, consequenceKey, args, facts, action, rest, confirmKey, cancelHref, labelKey, field);
    }

    public Object[] argsArray() {
        return args.toArray();
    }

    /** Whether the request carries the confirmation page's flag. */
    public static boolean confirmed(String flag) {
        return "yes".equals(flag);
    }
}
