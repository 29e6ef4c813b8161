package org.metrolex.verification.ingest;

import java.time.LocalDate;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.verification.Readings;

/**
 * The conformity decision of one bulk row: the readings of the family the instrument's category belongs to,
 * decided by {@code metrology-core} — delegated to {@link Readings#decide}, the one mapping shared with the
 * one-by-one path ({@link org.metrolex.verification.Decisions}) and the certificate audit, so all six families
 * ({@link Readings.Family}) are accepted. Never a conclusion typed in by the client.
 */
final class ReadingsDecision {

    private ReadingsDecision() {
    }

    /** @throws IllegalArgumentException (or NullPointerException) when the readings cannot be decided */
    static ConformityDecision decide(InstrumentCategory category, Readings r, LocalDate date, Conformity conformity) {
        if (r == null) {
            throw new IllegalArgumentException("readings are required / 原始记录必填");
        }
        if (Readings.Family.of(category.code()) == null) {
            throw new IllegalArgumentException("readings: no readings form yet for category " + category.code()
                    + " / 尚不支持该类别的原始记录：" + category.nameZh());
        }
        return r.decide(category.code(), date, conformity);
    }
}
