package org.metrolex.comparison.web;

import java.util.List;

/** The plan form as entered (text, so a bad number comes back as typed). */
public record PlanForm(String title, String quantity, String deviceType, String pilotInstitutionId, String scheduleKind,
                       String startDate, String holdingWorkingDays, String transportWorkingDays, String resultsDeadline,
                       String referenceMethod, List<String> scoreTypes, String sigmaPt, String point1, String unit1,
                       String point2, String unit2) {
}
