package org.metrolex.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.validation.FieldLimits;

/**
 * The text fields of a submitted form read as typed values. A field that cannot be read adds an error
 * naming its label and the rule (through {@link FieldMessages}) and reads as null, so the command still
 * runs and every error of the form is shown at once ({@link #with(List)}).
 */
public final class FormInput {

    private final FieldMessages messages;
    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    FormInput(FieldMessages messages, Map<String, String> values) {
        this.messages = messages;
        this.values = values == null ? Map.of() : new HashMap<>(values);
    }

    /** The field's text, stripped; null when blank or absent. */
    public String text(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public Integer integer(String field, String labelKey) {
        String v = text(field);
        Integer n;
        try {
            n = v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return fail(field, labelKey, "integer", v);
        }
        if (n != null && FieldLimits.integer(field, n).isPresent()) {
            return fail(field, labelKey, "countRange", v);
        }
        return n;
    }

    /** A record chosen from a list (its id). */
    public Long choice(String field, String labelKey) {
        String v = text(field);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            return fail(field, labelKey, "choice", v);
        }
    }

    public BigDecimal decimal(String field, String labelKey) {
        String v = text(field);
        BigDecimal n;
        try {
            n = v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            return fail(field, labelKey, "number", v);
        }
        if (n != null && FieldLimits.decimal(field, n).isPresent()) {
            return fail(field, labelKey, "numberRange", v, FieldLimits.decimalMax(field).toPlainString(), FieldLimits.MAX_SCALE);
        }
        return n;
    }

    public LocalDate date(String field, String labelKey) {
        String v = text(field);
        LocalDate d;
        try {
            d = v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return fail(field, labelKey, "date", v);
        }
        if (d != null && FieldLimits.date(field, d).isPresent()) {
            return fail(field, labelKey, "dateRange", v, FieldLimits.EARLIEST_DATE.toString(), FieldLimits.LATEST_DATE.toString());
        }
        return d;
    }

    public <E extends Enum<E>> E oneOf(Class<E> type, String field, String labelKey) {
        String v = text(field);
        try {
            return v == null ? null : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            return fail(field, labelKey, "oneOf", v);
        }
    }

    /** An error found while reading that is not about a single value's format (e.g. a line of a list). */
    public void reject(FieldError error) {
        errors.add(error);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * The reading errors followed by the command's own, except the command's complaints about fields
     * that could not be read (a number that was not a number is then also "missing": say it once).
     */
    public List<FieldError> with(List<FieldError> commandErrors) {
        Set<String> unread = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(errors);
        commandErrors.stream().filter(e -> !unread.contains(e.field())).forEach(all::add);
        return all;
    }

    private <T> T fail(String field, String labelKey, String rule, Object... args) {
        errors.add(messages.error(field, labelKey, rule, args));
        return null;
    }
}
