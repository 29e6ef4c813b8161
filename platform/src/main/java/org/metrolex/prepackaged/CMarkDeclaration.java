package org.metrolex.prepackaged;

import java.time.LocalDate;
import org.metrolex.prepackaged.domain.CMarkStatus;

/** A producer's C-mark declaration (C标志 self-declaration of its capability to ensure net content). */
public record CMarkDeclaration(long id, long enterpriseId, String enterpriseName, String creditCode, String regionCode,
                               String productScope, LocalDate declaredOn, String contact, CMarkStatus status,
                               String reviewNote, String reviewedBy, LocalDate reviewedOn, int version) {
}
