package org.metrolex.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An instrument whose latest valid document is a certificate whose next due date has come: it may no
 * longer be used for trade, health, safety or environment until verified again (Metrology Law art. 9).
 * {@code noticedAt} is when the daily job first recorded the notice, null if not yet.
 */
public record OverdueInstrument(long instrumentId, String regionCode, long ownerEnterpriseId, LocalDate dueDate,
                                String certificateNumber, OffsetDateTime noticedAt) {
}
