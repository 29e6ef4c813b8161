package org.metrolex.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.metrolex.comparison.domain.ComparisonChart;
import org.metrolex.comparison.domain.ResultVisibility;
import org.metrolex.comparison.domain.ResultVisibility.Sight;
import org.metrolex.comparison.domain.RoundStatus;
import org.metrolex.metrology.comparison.Performance;

/** Builds the visible rows and the chart of one evaluated point from what is stored. */
final class EvaluationRows {

    private EvaluationRows() {
    }

    static EvaluationView.PointView point(Round.Point point, StoredEvaluation e, Map<Long, Participant> participants,
                                          List<SubmittedResult> results, ResultVisibility.Viewer viewer, RoundStatus status) {
        List<EvaluationView.Row> rows = new ArrayList<>();
        List<ComparisonChart.Bar> bars = new ArrayList<>();
        List<Participant> ordered = participants.values().stream().filter(p -> !p.withdrawn())
                .sorted(java.util.Comparator.comparing(p -> p.labCode() == null ? "" : p.labCode())).toList();
        for (Participant p : ordered) {
            SubmittedResult r = results.stream().filter(x -> x.participantId() == p.id() && x.pointId() == point.id())
                    .findFirst().orElse(null);
            if (r == null) {
                continue;
            }
            List<StoredEvaluation.Score> scores = e.scores().stream().filter(s -> s.participantId() == p.id()).toList();
            Performance worst = worst(scores);
            boolean inReference = e.contributors().contains(p.labCode());
            // the chart shows lab codes only, so every visible point is drawn (CCM key-comparison practice)
            bars.add(new ComparisonChart.Bar(p.labCode(), r.value(), r.expandedUncertainty(), worst, inReference));
            Sight sight = ResultVisibility.of(viewer, status, p.institutionId());
            if (sight == Sight.HIDDEN) {
                continue;
            }
            rows.add(new EvaluationView.Row(sight == Sight.NAMED ? p.id() : null, sight == Sight.NAMED ? p.name() : p.labCode(),
                    p.labCode(), r.value(), r.expandedUncertainty(), r.coverageFactor(), inReference, scores,
                    worst == null ? null : worst.name(), sight));
        }
        ComparisonChart chart = ComparisonChart.of(bars,
                ComparisonChart.Reference.of(e.referenceValue(), e.referenceExpandedUncertainty()));
        return new EvaluationView.PointView(point, e, rows, chart);
    }

    private static Performance worst(List<StoredEvaluation.Score> scores) {
        Performance worst = null;
        for (StoredEvaluation.Score s : scores) {
            Performance p = Performance.valueOf(s.performance());
            if (worst == null || p.ordinal() > worst.ordinal()) {
                worst = p;
            }
        }
        return worst;
    }
}
