package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as planned. Enumerations arrive as text and are checked by {@link PlanningRound}, naming the field.
 *
 * @param points one per measuring point, in order
 */
public record NewRound(String title, String quantity, String artefact, String deviceType, String regionCode,
                       Long pilotInstitutionId, String protocolName, String scheduleKind, LocalDate startDate,
                       Integer holdingWorkingDays, Integer transportWorkingDays, LocalDate resultsDeadline,
                       String referenceMethod, List<String> scoreTypes, BigDecimal coverageFactor,
                       BigDecimal transferExpandedUncertainty, String sigmaPtMethod, BigDecimal sigmaPt,
                       Integer rectificationWorkingDays, List<PointDraft> points) {

    public record PointDraft(String label, String unit) {
    }
}
