package org.metrolex.supervision;

import java.time.LocalDate;

/** An open rectification past its deadline, with how late it is in working days on {@code today}. */
public record OverdueRectification(Finding finding, String campaignReference, String campaignName, LocalDate today,
                                   int workingDaysOverdue, boolean provisional) {
}
