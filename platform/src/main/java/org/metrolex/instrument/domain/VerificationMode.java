package org.metrolex.instrument.domain;

/**
 * The forms of mandatory verification of SAMR announcement 2020年第42号 (S9): periodic verification, or
 * initial verification only — then either used until it fails and is scrapped (失准报废), or used for a
 * limited life and replaced when it runs out (限期使用，到期轮换).
 */
public enum VerificationMode {
    PERIODIC, INITIAL_ONLY_SCRAP, INITIAL_ONLY_LIMITED_LIFE;

    /** Null for an empty cell (mode not obtained); an unknown word is an error in the catalogue file. */
    public static VerificationMode parse(String s) {
        return s == null || s.isBlank() ? null : valueOf(s.strip());
    }
}
