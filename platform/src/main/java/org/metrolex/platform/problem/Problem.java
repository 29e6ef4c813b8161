package org.metrolex.platform.problem;

import java.io.Serializable;
import java.util.List;

/**
 * The JSON body of every error answer: a summary in both languages and one entry per offending field
 * with the rule it broke.
 */
public record Problem(int status, String messageZh, String messageEn, List<FieldError> errors) {

    /** Serializable because a form that fails keeps its errors in the session for the one redirect back to it. */
    public record FieldError(String field, String rule, String messageZh, String messageEn) implements Serializable {
    }
}
