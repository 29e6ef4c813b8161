package org.metrolex.licensing;

import java.time.LocalDate;
import org.metrolex.licensing.domain.Dossier;

/** An open application whose clock is overdue or close to its limit, for supervisors. */
public record OverdueApplication(Dossier dossier, String step, int daysUsed, int daysLeft, LocalDate deadline,
                                 boolean overdue, boolean provisional) {
}
