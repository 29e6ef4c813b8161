package org.metrolex.instrument.domain;

import java.util.Set;

/**
 * One category of the mandatory-verification catalogue. {@code supervisionMode}, {@code mode},
 * {@code intervalMonths} and {@code serviceLifeYears} are null when no source gave them ("not
 * obtained"); {@code source} names the research sources, {@code verified} is true only when the figure
 * was read from the official text.
 */
public record InstrumentCategory(String code, String nameZh, String nameEn, String supervisionMode,
                                 VerificationMode mode, Integer intervalMonths, Integer serviceLifeYears,
                                 Set<InstrumentUse> uses, String regulation, String source, boolean verified,
                                 String note) {

    public InstrumentCategory {
        uses = Set.copyOf(uses);
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }
}
