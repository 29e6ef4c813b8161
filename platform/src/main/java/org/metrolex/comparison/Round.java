package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.comparison.domain.ReferenceMethod;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.comparison.domain.ScheduleKind;
import org.metrolex.comparison.domain.ScoreType;

/** A comparison round as stored: its plan, evaluation settings and state. */
public record Round(long id, String title, String quantity, String artefact, String deviceType, String regionCode,
                    long pilotInstitutionId, String protocolName, ScheduleKind scheduleKind, LocalDate startDate,
                    int holdingWorkingDays, int transportWorkingDays, LocalDate resultsDeadline,
                    ReferenceMethod referenceMethod, List<ScoreType> scoreTypes, BigDecimal coverageFactor,
                    BigDecimal transferExpandedUncertainty, String sigmaPtMethod, BigDecimal sigmaPt,
                    int rectificationWorkingDays, RoundStatus status, LocalDate startedOn, LocalDate resultsClosedOn,
                    LocalDate publishedOn, int version) {

    public Round {
        scoreTypes = List.copyOf(scoreTypes);
    }

    /** A measuring point of the round. */
    public record Point(long id, int position, String label, String unit) {
    }
}
