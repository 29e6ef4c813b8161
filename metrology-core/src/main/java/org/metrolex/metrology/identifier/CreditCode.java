package org.metrolex.metrology.identifier;

import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * <p>18 characters from the alphabet {@code 0-9A-HJ-NPQRTUWXY} (no I, O, Z, S, V). Position 1 is the
 * registration authority, 2 the entity kind, 3–8 the region code (GB/T 2260), 9–17 the
 * organisation code and 18 the check character (GB 32100-2015 clause 4 and Annex B): weights
 * w<sub>i</sub> = 3<sup>i−1</sup> mod 31, check = 31 − (Σ c<sub>i</sub>·w<sub>i</sub> mod 31), with 31 written as 0.
 */
public record CreditCode(String value) {

    /** GB 32100-2015 Table 1: the 31 characters in the order of their values 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = new int[17];

    static {
        int w = 1;
        for (int i = 0; i < 17; i++) {
            WEIGHTS[i] = w;
            w = (w * 3) % 31;
        }
    }

    public CreditCode {
        Objects.requireNonNull(value, "value");
        Problem problem = check(value);
        if (problem != Problem.NONE) {
            throw new InvalidCreditCodeException(value, problem);
        }
    }

    /** Parses after trimming and upper-casing, the way people type codes. */
    public static CreditCode parse(String text) {
        return new CreditCode(normalise(text));
    }

    public static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String text) {
        return text != null && check(text) == Problem.NONE;
    }

    /** The check character for the first 17 characters, GB 32100-2015 Annex B. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int c = ALPHABET.indexOf(first17.charAt(i));
            if (c < 0) {
                throw new IllegalArgumentException("character not allowed at position " + (i + 1) + ": " + first17.charAt(i));
            }
            sum += c * WEIGHTS[i];
        }
        int check = 31 - (sum % 31);
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Why a text is not a valid code, or {@link Problem#NONE}. */
    public static Problem check(String text) {
        if (text.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return Problem.CHARACTER;
            }
        }
        return checkCharacter(text.substring(0, 17)) == text.charAt(17) ? Problem.NONE : Problem.CHECK_CHARACTER;
    }

    /** The 6-digit administrative division code at positions 3–8. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    public enum Problem {
        NONE("", ""),
        LENGTH("统一社会信用代码必须为18位", "must be 18 characters long"),
        CHARACTER("统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）", "contains a character outside 0-9A-HJ-NPQRTUWXY (no I, O, Z, S, V)"),
        CHECK_CHARACTER("统一社会信用代码校验码错误（GB 32100-2015 附录B）", "check character does not match (GB 32100-2015 Annex B)");

        public final String zh;
        public final String en;

        Problem(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    public static final class InvalidCreditCodeException extends IllegalArgumentException {
        private final Problem problem;

        public InvalidCreditCodeException(String value, Problem problem) {
            super(problem.en + ": " + value);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
