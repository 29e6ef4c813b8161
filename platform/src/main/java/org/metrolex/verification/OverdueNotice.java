package org.metrolex.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A notice to the owner that an instrument is overdue for verification (Metrology Law art. 9: it may not be
 * used until verified again), as recorded by the daily {@code OverdueJob}: the instrument, the due date of
 * the certificate that fell due, when it was noticed, and when and by whom the owner marked it read.
 */
public record OverdueNotice(long instrumentId, LocalDate dueDate, OffsetDateTime noticedAt, OffsetDateTime readAt,
                            String readBy, String certificateNumber, String regionCode, long ownerEnterpriseId) {

    public boolean read() {
        return readAt != null;
    }
}
