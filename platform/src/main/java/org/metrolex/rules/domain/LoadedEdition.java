package org.metrolex.rules.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of an edition loaded by an administrator, as stored: its file and who loaded it. Versions
 * are numbered 1, 2, … per rule and regulation; a correction is a new version that names no earlier one
 * as changed — the earlier one is kept, with {@code supersededBy} pointing at its successor.
 */
public record LoadedEdition(long id, String ruleId, String regulation, String clause, LocalDate effectiveFrom,
                            LocalDate effectiveUntil, boolean verified, boolean standIn, String source, String fileName,
                            String fileText, int version, String reason, String loadedBy, Instant loadedAt, Long supersededBy) {

    /** The key an edition is replaced by: the same rule and the same regulation (edition). */
    public static String key(String ruleId, String regulation) {
        return ruleId + "|" + regulation;
    }

    public String key() {
        return key(ruleId, regulation);
    }

    public EditionStatus status() {
        return standIn ? EditionStatus.STAND_IN : verified ? EditionStatus.VERIFIED : EditionStatus.UNVERIFIED;
    }
}
