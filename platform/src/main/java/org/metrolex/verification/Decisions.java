package org.metrolex.verification;

import java.time.LocalDate;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.mpe.NotObtainedException;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformity decision of a verification's readings, by metrology-core ({@link Readings#decide}): the one place
 * the readings of the instrument's family are decided and an undecidable set is named, for the one-by-one path,
 * bulk ingestion and the certificate audit. Never a conclusion typed in.
 */
public final class Decisions {

    private Decisions() {
    }

    /** The decision, or a refusal naming the readings, in Chinese and English, when they cannot be decided. */
    public static ConformityDecision require(InstrumentCategory category, Readings readings, LocalDate date, Conformity conformity) {
        try {
            return readings.decide(category.code(), date, conformity);
        } catch (IllegalArgumentException | NullPointerException | NotObtainedException e) {
            FieldError error = undecidable(e);
            throw new RuleViolation(error.field(), error.rule(), error.messageZh(), error.messageEn());
        }
    }

    /**
     * The decision of one bulk row, or its row error: readings are required, and the category must have a readings
     * family (named by its Chinese name, as the row report shows it).
     */
    public static Decided ofRow(InstrumentCategory category, Readings readings, LocalDate date, Conformity conformity) {
        try {
            if (readings == null) {
                throw new IllegalArgumentException("readings are required / 原始记录必填");
            }
            if (Readings.Family.of(category.code()) == null) {
                throw new IllegalArgumentException("readings: no readings form yet for category " + category.code()
                        + " / 尚不支持该类别的原始记录：" + category.nameZh());
            }
            return new Decided(readings.decide(category.code(), date, conformity), null);
        } catch (IllegalArgumentException | NullPointerException | NotObtainedException e) {
            return new Decided(null, undecidable(e));
        }
    }

    /** A decision, or the error that named why none could be made. */
    public record Decided(ConformityDecision decision, FieldError error) {
    }

    /** The decision recomputed from stored readings; a refusal as {@link #require} when they cannot be decided. */
    static ConformityDecision requireStored(JsonMapper json, InstrumentCategory category, String readingsJson, LocalDate date,
                                            Conformity conformity) {
        return readingsJson == null || date == null ? null : require(category, read(json, readingsJson), date, conformity);
    }

    /**
     * The decision from stored readings, or null when there are none or they cannot be read or decided (the audit
     * then reports the conclusion as unsupported, never guesses).
     */
    static ConformityDecision storedOrNull(JsonMapper json, String categoryCode, String readingsJson, LocalDate date,
                                           Conformity conformity) {
        if (readingsJson == null || date == null || categoryCode == null) {
            return null;
        }
        try {
            return read(json, readingsJson).decide(categoryCode, date, conformity);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The row error of readings that cannot be decided. */
    static FieldError undecidable(RuntimeException e) {
        String m = e.getMessage() == null ? "incomplete readings / 原始记录不完整" : e.getMessage();
        return new FieldError("readings", "conformity", "原始记录无法判定：" + m, "the readings cannot be decided: " + m);
    }

    /** Readings as stored (JSON, the format they were submitted in). */
    static Readings read(JsonMapper json, String readingsJson) {
        return readingsJson == null ? null : json.readValue(readingsJson, Readings.class);
    }
}
