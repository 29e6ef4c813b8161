package org.metrolex.comparison.domain;

/**
 * Why a command is refused, naming the field and the rule in Chinese and English. The domain does not speak
 * HTTP: {@link Kind} says what sort of refusal it is and the use case maps it to the problem response.
 */
public record Refusal(Kind kind, String field, String rule, String messageZh, String messageEn) {

    public enum Kind {
        /** Bad input (400). */
        INVALID,
        /** Not this caller's to do (403). */
        FORBIDDEN,
        /** Not in the round's present state (409). */
        CONFLICT
    }

    public static Refusal invalid(String field, String rule, String zh, String en) {
        return new Refusal(Kind.INVALID, field, rule, zh, en);
    }

    public static Refusal forbidden(String field, String rule, String zh, String en) {
        return new Refusal(Kind.FORBIDDEN, field, rule, zh, en);
    }

    public static Refusal conflict(String field, String rule, String zh, String en) {
        return new Refusal(Kind.CONFLICT, field, rule, zh, en);
    }
}
