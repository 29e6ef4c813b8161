package org.metrolex.platform.problem;

import java.util.List;

/**
 * The JSON body of every error answer: a summary in both languages and one entry per offending field
 * with the rule it broke.
 */
public record Problem(int status, String messageZh, String messageEn, List<FieldError> errors) {

    public record FieldError(String field, String rule, String messageZh, String messageEn) {
    }
}
