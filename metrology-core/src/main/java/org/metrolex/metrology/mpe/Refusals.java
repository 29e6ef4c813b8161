package org.metrolex.metrology.mpe;

/** Bilingual refusals: every message names the field and the rule, in English and in Chinese. */
public final class Refusals {

    private Refusals() {
    }

    public static IllegalArgumentException badInput(String field, String rule, String en, String zh) {
        return new IllegalArgumentException(field + ": " + en + " (rule " + rule + ") / " + field + "：" + zh + "（依据 " + rule + "）");
    }

    public static <T> T required(T value, String field, String rule) {
        if (value == null) {
            throw badInput(field, rule, "is required", "必填");
        }
        return value;
    }
}
