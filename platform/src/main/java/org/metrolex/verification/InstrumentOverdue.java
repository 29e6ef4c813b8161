package org.metrolex.verification;

import java.time.LocalDate;

/**
 * The daily overdue job recorded that an instrument is past its due date (计量法 第九条: instruments subject to
 * mandatory verification are verified on time). Published once per instrument and due date, in the transaction that
 * records the overdue notice; a re-run of the job publishes nothing new.
 *
 * @param dueDate the first day the instrument may no longer be used without a new verification
 */
public record InstrumentOverdue(long instrumentId, LocalDate dueDate, long ownerEnterpriseId, String regionCode) {
}
