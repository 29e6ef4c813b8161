package org.metrolex.comparison.persistence;

import java.util.List;
import org.metrolex.comparison.StoredEvaluation;

/** The evaluations of a round, one per point; read only for a round the caller found in its scope. */
public interface ComparisonEvaluations {

    /** Replaces the round's evaluation (a re-evaluation before publication replaces, never adds). */
    void replace(long roundId, List<StoredEvaluation> evaluations, String evaluatedBy);

    /** The round's evaluation in point order, empty when not evaluated. */
    List<StoredEvaluation> of(long roundId);
}
