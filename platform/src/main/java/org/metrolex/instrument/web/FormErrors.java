package org.metrolex.instrument.web;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/** The errors of a submitted instrument form, looked up by field in the page's language. */
public record FormErrors(List<FieldError> all) {

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    public String of(String field, boolean english) {
        return all.stream().filter(e -> e.field().equals(field))
                .map(e -> english ? e.messageEn() : e.messageZh()).reduce((a, b) -> a + "；" + b).orElse("");
    }

    public String message(FieldError e, boolean english) {
        return english ? e.messageEn() : e.messageZh();
    }
}
