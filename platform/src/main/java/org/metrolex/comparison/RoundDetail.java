package org.metrolex.comparison;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.metrolex.comparison.domain.Lateness;
import org.metrolex.comparison.domain.ResultVisibility.Sight;

/**
 * One round as the caller may see it: results only as {@code ResultVisibility} allows (a hidden result is absent, an
 * anonymised one carries the laboratory code only).
 *
 * @param manager the caller organises the round or is its pilot (may enrol, start, close)
 * @param participantId the caller's own participant row, if any
 */
public record RoundDetail(Round round, String pilotName, List<Round.Point> points, List<ParticipantRow> participants,
                          List<Handover> handovers, List<StabilityCheck> stabilityChecks, List<ResultRow> results,
                          boolean manager, Long participantId) {

    /** A participant with its hand-overs and lateness against the schedule. */
    public record ParticipantRow(Participant participant, LocalDate received, LocalDate sent, Lateness lateness) {
    }

    /** @param who the participant's name, or its laboratory code when anonymised */
    public record ResultRow(Long participantId, String who, String labCode, long pointId, BigDecimal value,
                            BigDecimal expandedUncertainty, BigDecimal coverageFactor, Sight sight) {
    }
}
