package org.metrolex.licensing.domain;

import java.time.LocalDate;

/**
 * The later check of a licence granted by commitment (告知承诺, 《行政许可法》/国办发〔2020〕42号 事中事后核查):
 * due a configured number of working days after the grant; {@code overdueSince} is the in-app flag the daily
 * job sets once the due date has passed without a result; {@code result} is null while open, else PASSED or FAILED.
 */
public record CommitmentCheck(long licenceId, long applicationId, String number, LicenceType licenceType, String holderName,
                              String regionCode, String subject, LocalDate grantedOn, LocalDate due, LocalDate overdueSince,
                              String result, LocalDate checkedOn, String checkedBy, String note) {

    public boolean open() {
        return result == null;
    }

    /** Open and past its due date on {@code today} (whether or not the job has flagged it yet). */
    public boolean overdueOn(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }
}
