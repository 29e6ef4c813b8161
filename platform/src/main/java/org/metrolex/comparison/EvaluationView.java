package org.metrolex.comparison;

import java.math.BigDecimal;
import java.util.List;
import org.metrolex.comparison.domain.ComparisonChart;
import org.metrolex.comparison.domain.ResultVisibility.Sight;
import org.metrolex.comparison.domain.RoundStatus;

/**
 * A round's evaluation as the caller may see it: the organiser and the pilot see every participant by name; a
 * participant sees the evaluation only once published, its own row by name and the others by laboratory code.
 */
public record EvaluationView(long roundId, String title, RoundStatus status, List<PointView> points) {

    /** One point: the stored evaluation, one row per visible participant, and its chart. */
    public record PointView(Round.Point point, StoredEvaluation evaluation, List<Row> rows, ComparisonChart chart) {
    }

    /**
     * One participant at one point.
     *
     * @param who         name, or the laboratory code when anonymised
     * @param performance the worst performance of its scores at this point, null when not scored
     */
    public record Row(Long participantId, String who, String labCode, BigDecimal value, BigDecimal expandedUncertainty,
                      BigDecimal coverageFactor, boolean inReference, List<StoredEvaluation.Score> scores,
                      String performance, Sight sight) {
    }
}
